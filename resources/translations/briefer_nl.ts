<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../briefer/gui/actions/action_editor.py" line="43"/>
        <location filename="../../ui/action_editor.ui" line="6"/>
        <location filename="../../ui/action_editor.ui" line="12"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_editor.py" line="43"/>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location filename="../../ui/action_editor.ui" line="48"/>
        <source>&amp;Description</source>
        <translation>Om&amp;schrijving</translation>
    </message>
    <message>
        <location filename="../../ui/action_editor.ui" line="65"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/action_editor.ui" line="78"/>
        <source>Owner (unit)</source>
        <translation>Eigenaar (afdeling)</translation>
    </message>
    <message>
        <location filename="../../ui/action_editor.ui" line="91"/>
        <source>D&amp;ue</source>
        <translation>&amp;Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/action_editor.ui" line="104"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../ui/action_editor.ui" line="149"/>
        <source>Histor&amp;y…</source>
        <translation>Ges&amp;chiedenis…</translation>
    </message>
    <message>
        <location filename="../../ui/action_editor.ui" line="117"/>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/action_editor.ui" line="130"/>
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/action_editor.ui" line="163"/>
        <source>&amp;Revert</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../ui/action_editor.ui" line="170"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../briefer/gui/actions/actions_view.py" line="17"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../briefer/gui/app.py" line="292"/>
        <source>Opening the database…</source>
        <extracomment>When set, the app reports its start-up time and memory on stdout and quits (benchmarks/startup.py). With the above: before quitting, open every view in turn (the bundle&apos;s smoke test: is every view&apos;s module, form and Qt plugin in the bundle?). The integrity check waits at most this long for the first view to be filled.</extracomment>
        <translation>Database openen…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/app.py" line="388"/>
        <source>the database is damaged; Briefer does not write to it</source>
        <translation>de database is beschadigd; Briefer schrijft er niet in</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/app.py" line="398"/>
        <source>Checking the database…</source>
        <translation>Database controleren…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/app.py" line="440"/>
        <source>Restored the backup {0}; the previous database was backed up first.</source>
        <translation>Reservekopie {0} teruggezet; van de vorige database is eerst een reservekopie gemaakt.</translation>
    </message>
</context>
<context>
    <name>Asker</name>
    <message>
        <location filename="../../briefer/gui/services.py" line="29"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="30"/>
        <source>“{0}” has changes that are not saved.</source>
        <translation>“{0}” heeft wijzigingen die niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="46"/>
        <source>Recovered note</source>
        <translation>Herstelde notitie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="47"/>
        <source>Briefer found text of “{0}” that was typed but not saved (the app was closed unexpectedly).</source>
        <translation>Briefer vond tekst van “{0}” die wel getypt maar niet opgeslagen is (de app werd onverwacht afgesloten).</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="50"/>
        <source>Restore it into the note, or discard it?</source>
        <translation>In de notitie terugzetten of weggooien?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="52"/>
        <source>&amp;Restore into the note</source>
        <translation>In de notitie &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="54"/>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="55"/>
        <source>Ask me &amp;later</source>
        <translation>&amp;Later vragen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="65"/>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="66"/>
        <source>The database {0} is damaged. Briefer has not written to it.</source>
        <translation>De database {0} is beschadigd. Briefer heeft er niet in geschreven.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="71"/>
        <source>The newest good backup is {0}. Restoring it keeps a copy of the damaged file in the backups folder.</source>
        <translation>De nieuwste goede reservekopie is {0}. Bij het terugzetten blijft een kopie van het beschadigde bestand in de map met reservekopieën.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="74"/>
        <source>&amp;Restore the newest good backup</source>
        <translation>Nieuwste goede reservekopie &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="78"/>
        <source>No good backup was found. Keep the file for a specialist to look at.</source>
        <translation>Er is geen goede reservekopie gevonden. Bewaar het bestand zodat een specialist ernaar kan kijken.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="80"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="97"/>
        <source>This database is not encrypted: the lock hides the screen but does not protect the file. Encrypt it with &apos;briefer encrypt&apos;.</source>
        <translation>Deze database is niet versleuteld: de vergrendeling verbergt het scherm maar beschermt het bestand niet. Versleutel het met &apos;briefer encrypt&apos;.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="101"/>
        <source>Auto-lock</source>
        <translation>Automatisch vergrendelen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="95"/>
        <source>Lock after this many minutes without use (0 = never):</source>
        <translation>Vergrendelen na zoveel minuten zonder gebruik (0 = nooit):</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="108"/>
        <source>Note not saved</source>
        <translation>Notitie niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="109"/>
        <source>The note is not saved: {0}. Its text is only in this window.</source>
        <translation>De notitie is niet opgeslagen: {0}. De tekst staat alleen in dit venster.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="112"/>
        <source>Save it elsewhere (for example on a USB stick) as a PDF that opens with the database&apos;s passphrase, or keep the window open and free space on the disk.</source>
        <translation>Sla de notitie elders op (bijvoorbeeld op een usb-stick) als pdf die alleen met de wachtwoordzin van de database opent, of houd het venster open en maak ruimte vrij op de schijf.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="116"/>
        <source>Save it elsewhere (for example on a USB stick) as a text file, or keep the window open and free space on the disk.</source>
        <translation>Sla de notitie elders op (bijvoorbeeld op een usb-stick) als tekstbestand, of houd het venster open en maak ruimte vrij op de schijf.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="119"/>
        <source>&amp;Save elsewhere…</source>
        <translation>Elders &amp;opslaan…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="121"/>
        <source>&amp;Keep the window open</source>
        <translation>Venster open &amp;houden</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="123"/>
        <source>Close &amp;without saving</source>
        <translation>Sluiten &amp;zonder opslaan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="135"/>
        <source>PDF protected with the passphrase (*.pdf)</source>
        <translation>Pdf beveiligd met de wachtwoordzin (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="136"/>
        <source>Text file (*.txt)</source>
        <translation>Tekstbestand (*.txt)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="138"/>
        <source>Save the note elsewhere</source>
        <translation>Notitie elders opslaan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="143"/>
        <source>Briefer</source>
        <translation>Briefer</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../briefer/gui/safety/backups_dialog.py" line="23"/>
        <source>made by hand</source>
        <translation>handmatig gemaakt</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/backups_dialog.py" line="24"/>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/backups_dialog.py" line="25"/>
        <source>before an update of the database</source>
        <translation>vóór een bijwerking van de database</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/backups_dialog.py" line="26"/>
        <source>before an import</source>
        <translation>vóór een import</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/backups_dialog.py" line="27"/>
        <source>before a restore</source>
        <translation>vóór het terugzetten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/backups_dialog.py" line="28"/>
        <source>damaged copy, kept</source>
        <translation>beschadigde kopie, bewaard</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/backups_dialog.py" line="66"/>
        <source>There are no backups yet.</source>
        <translation>Er zijn nog geen reservekopieën.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="5"/>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="8"/>
        <source>Choose the backup to restore. The database as it is now is backed up first, so a restore can be undone by restoring that copy.</source>
        <translation>Kies de reservekopie om terug te zetten. Van de database zoals die nu is wordt eerst een reservekopie gemaakt, zodat u het terugzetten ongedaan kunt maken door die kopie terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="9"/>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
</context>
<context>
    <name>BilateralsView</name>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="45"/>
        <source>Bilaterals</source>
        <translation>Bilaterale gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="49"/>
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="50"/>
        <source>Brief</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="51"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="52"/>
        <source>Notes of this meeting</source>
        <translation>Aantekeningen van dit gesprek</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="53"/>
        <source>Meeting mode</source>
        <translation>Gespreksmodus</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="54"/>
        <source>The brief beside a note editor, during the meeting</source>
        <translation>De briefing naast een notitievenster, tijdens het gesprek</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="85"/>
        <source>Outcomes</source>
        <translation>Uitkomsten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="86"/>
        <source>No notes were taken in this meeting yet.</source>
        <translation>Van dit gesprek zijn nog geen aantekeningen gemaakt.</translation>
    </message>
</context>
<context>
    <name>CaptureAction</name>
    <message>
        <location filename="../../ui/capture_action.ui" line="5"/>
        <source>Follow-up action</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <location filename="../../ui/capture_action.ui" line="9"/>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <location filename="../../ui/capture_action.ui" line="11"/>
        <source>W&amp;ho</source>
        <translation>W&amp;ie</translation>
    </message>
    <message>
        <location filename="../../ui/capture_action.ui" line="12"/>
        <source>A person, or type a unit (e.g. LNV/DG Agro)</source>
        <translation>Een persoon, of typ een eenheid (bijv. LNV/DG Agro)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_action.ui" line="13"/>
        <source>&amp;By when</source>
        <translation>&amp;Uiterlijk</translation>
    </message>
</context>
<context>
    <name>CaptureOutcome</name>
    <message>
        <location filename="../../briefer/gui/meeting_mode/capture_outcome.py" line="17"/>
        <source>agreement</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/capture_outcome.py" line="18"/>
        <source>commitment</source>
        <translation>toezegging</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/capture_outcome.py" line="19"/>
        <source>request</source>
        <translation>verzoek</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/capture_outcome.py" line="20"/>
        <source>twinning intention</source>
        <translation>voornemen tot twinning</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/capture_outcome.py" line="21"/>
        <source>information</source>
        <translation>informatie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/capture_outcome.py" line="35"/>
        <source>(no objective)</source>
        <translation>(geen doel)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/capture_outcome.py" line="38"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/capture_outcome.py" line="38"/>
        <source>partly / not yet known</source>
        <translation>deels / nog niet bekend</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/capture_outcome.py" line="38"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/capture_outcome.ui" line="5"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../ui/capture_outcome.ui" line="9"/>
        <source>&amp;Objective</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <location filename="../../ui/capture_outcome.ui" line="11"/>
        <source>&amp;Met</source>
        <translation>&amp;Bereikt</translation>
    </message>
    <message>
        <location filename="../../ui/capture_outcome.ui" line="13"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../ui/capture_outcome.ui" line="15"/>
        <source>O&amp;utcome</source>
        <translation>&amp;Resultaat</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../briefer/gui/exchange/conflicts_dialog.py" line="47"/>
        <location filename="../../ui/conflicts_dialog.ui" line="5"/>
        <location filename="../../ui/conflicts_dialog.ui" line="8"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/conflicts_dialog.py" line="56"/>
        <source>time stamps only</source>
        <translation>alleen tijdstempels</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/conflicts_dialog.py" line="57"/>
        <source>{0} “{1}” — differs in: {2}</source>
        <translation>{0} “{1}” — verschilt in: {2}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/conflicts_dialog.py" line="61"/>
        <source>No open conflicts</source>
        <translation>Geen open conflicten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/conflicts_dialog.py" line="63"/>
        <source>{0} open conflict(s)</source>
        <translation>{0} open conflict(en)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/conflicts_dialog.py" line="90"/>
        <source>(deleted on this laptop)</source>
        <translation>(verwijderd op deze laptop)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/conflicts_dialog.py" line="92"/>
        <source>The other laptop (imported {0})</source>
        <translation>De andere laptop (geïmporteerd {0})</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="9"/>
        <source>These records were changed on this laptop and on another one since they last exchanged. This laptop&apos;s version is the current one; the other is kept until you choose.</source>
        <translation>Deze gegevens zijn op deze laptop én op een andere gewijzigd sinds de laatste uitwisseling. De versie van deze laptop is de huidige; de andere wordt bewaard tot u kiest.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="13"/>
        <source>Records in conflict</source>
        <translation>Gegevens met een conflict</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="18"/>
        <source>This laptop (current)</source>
        <translation>Deze laptop (huidig)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="24"/>
        <source>The other laptop</source>
        <translation>De andere laptop</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="34"/>
        <source>Keep &amp;mine</source>
        <translation>&amp;Mijn versie houden</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="35"/>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Hun versie houden</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="36"/>
        <source>Me&amp;rge both</source>
        <translation>&amp;Beide samenvoegen</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="38"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>CountriesView</name>
    <message>
        <location filename="../../briefer/gui/countries/countries_view.py" line="21"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
</context>
<context>
    <name>CountryBriefEditor</name>
    <message>
        <location filename="../../briefer/gui/countries/country_brief_editor.py" line="38"/>
        <source>New country brief</source>
        <translation>Nieuw landendossier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/country_brief_editor.py" line="39"/>
        <source>Country brief: {0}</source>
        <translation>Landendossier: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="6"/>
        <location filename="../../ui/country_brief_editor.ui" line="12"/>
        <source>Country brief</source>
        <translation>Landendossier</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="39"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="67"/>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="80"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="93"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="106"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="119"/>
        <source>Su&amp;mmary</source>
        <translation>Sa&amp;menvatting</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="136"/>
        <source>AMR situation</source>
        <translation>AMR-situatie</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="153"/>
        <source>National action plan</source>
        <translation>Nationaal actieplan</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="166"/>
        <source>Action plan source</source>
        <translation>Bron actieplan</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="179"/>
        <source>One Health</source>
        <translation>One Health</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="196"/>
        <source>Relations with the Netherlands</source>
        <translation>Betrekkingen met Nederland</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="218"/>
        <source>Messages</source>
        <translation>Boodschappen</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="246"/>
        <source>Key messages</source>
        <translation>Kernboodschappen</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="259"/>
        <source>Talking points</source>
        <translation>Spreekpunten</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="272"/>
        <source>Asks</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="285"/>
        <source>Offers</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="303"/>
        <location filename="../../ui/country_brief_editor.ui" line="331"/>
        <source>Defensive lines</source>
        <translation>Defensieve lijnen</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="349"/>
        <location filename="../../ui/country_brief_editor.ui" line="390"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="377"/>
        <source>Facts</source>
        <translation>Feiten</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="403"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="426"/>
        <source>Histor&amp;y…</source>
        <translation>Ges&amp;chiedenis…</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="440"/>
        <source>&amp;Revert</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="447"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../briefer/gui/widgets/country_picker.py" line="115"/>
        <source>“{0}” could be {1}: choose one from the list</source>
        <translation>“{0}” kan {1} zijn: kies een land uit de lijst</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/country_picker.py" line="116"/>
        <source>“{0}” is not a country: choose one from the list</source>
        <translation>“{0}” is geen land: kies een land uit de lijst</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/country_picker.py" line="119"/>
        <source>Did you mean {0}?</source>
        <translation>Bedoelt u {0}?</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <location filename="../../briefer/gui/people/delegation_editor.py" line="37"/>
        <source>New delegation</source>
        <translation>Nieuwe delegatie</translation>
    </message>
    <message>
        <location filename="../../ui/delegation_editor.ui" line="6"/>
        <location filename="../../ui/delegation_editor.ui" line="12"/>
        <source>Delegation</source>
        <translation>Delegatie</translation>
    </message>
    <message>
        <location filename="../../ui/delegation_editor.ui" line="48"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../ui/delegation_editor.ui" line="61"/>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/delegation_editor.ui" line="74"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/delegation_editor.ui" line="87"/>
        <source>Host delegation</source>
        <translation>Gastdelegatie</translation>
    </message>
    <message>
        <location filename="../../ui/delegation_editor.ui" line="104"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../ui/delegation_editor.ui" line="117"/>
        <source>Interpretation languages</source>
        <translation>Tolktalen</translation>
    </message>
    <message>
        <location filename="../../ui/delegation_editor.ui" line="130"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../ui/delegation_editor.ui" line="153"/>
        <source>Histor&amp;y…</source>
        <translation>Ges&amp;chiedenis…</translation>
    </message>
    <message>
        <location filename="../../ui/delegation_editor.ui" line="167"/>
        <source>&amp;Revert</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../ui/delegation_editor.ui" line="174"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <location filename="../../briefer/gui/people/people_view.py" line="37"/>
        <source>Delegations</source>
        <translation>Delegaties</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <location filename="../../briefer/gui/startup/draft_recovery.py" line="26"/>
        <source>notes of {0}</source>
        <extracomment>Keys of the drafts the auto-lock writes for record editors (briefer.gui.safety.auto_lock.DRAFT_PREFIX).</extracomment>
        <translation>notities van {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/startup/draft_recovery.py" line="27"/>
        <source>a note</source>
        <translation>een notitie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/startup/draft_recovery.py" line="99"/>
        <source>a new record</source>
        <translation>een nieuw record</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="50"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="51"/>
        <source>&amp;Meeting reports…</source>
        <translation>&amp;Verslagen van gesprekken…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="52"/>
        <source>&amp;Action list…</source>
        <translation>&amp;Actielijst…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="53"/>
        <source>&amp;Exchange bundle…</source>
        <translation>&amp;Uitwisselbundel…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="54"/>
        <source>Import a b&amp;undle…</source>
        <translation>Een &amp;bundel importeren…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="55"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicten…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="84"/>
        <source>Exported: {0}</source>
        <translation>Geëxporteerd: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="86"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="87"/>
        <source>Exporting… {0} of {1} meetings</source>
        <translation>Bezig met exporteren… {0} van {1} gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="92"/>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="120"/>
        <source>Import a bundle</source>
        <translation>Een bundel importeren</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="93"/>
        <source>Briefer bundles (*.briefer);;All files (*)</source>
        <translation>Briefer-bundels (*.briefer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="111"/>
        <source>Nothing to import: this database already holds everything in {0}.</source>
        <translation>Niets te importeren: deze database bevat alles uit {0} al.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="115"/>
        <source>Importing {0} will change this database:

{1} added, {2} updated, {3} conflicts, {4} deleted, {5} kept despite a deletion.

A backup is made first. Import now?</source>
        <translation>Het importeren van {0} wijzigt deze database:

{1} toegevoegd, {2} bijgewerkt, {3} conflicten, {4} verwijderd, {5} behouden ondanks verwijdering.

Eerst wordt een reservekopie gemaakt. Nu importeren?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="123"/>
        <source>Reading the bundle…</source>
        <translation>Bundel lezen…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="137"/>
        <source>Imported {0}: {1} added, {2} updated, {3} conflicts, {4} deleted.</source>
        <translation>{0} geïmporteerd: {1} toegevoegd, {2} bijgewerkt, {3} conflicten, {4} verwijderd.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="143"/>
        <source>Importing {0}…</source>
        <translation>{0} importeren…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="66"/>
        <source>Export meeting reports</source>
        <extracomment>what -&gt; (format value, label, file suffix)</extracomment>
        <translation>Verslagen van gesprekken exporteren</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="66"/>
        <source>Export the action list</source>
        <translation>De actielijst exporteren</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="67"/>
        <source>Export an exchange bundle</source>
        <translation>Een uitwisselbundel exporteren</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="70"/>
        <source>Changed since</source>
        <translation>Gewijzigd sinds</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="74"/>
        <source>All meetings</source>
        <translation>Alle gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="75"/>
        <source>With one country</source>
        <translation>Met één land</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="76"/>
        <source>One meeting</source>
        <translation>Eén gesprek</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="126"/>
        <source>Type the date to export changes since.</source>
        <translation>Typ de datum vanaf wanneer de wijzigingen worden geëxporteerd.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="130"/>
        <source>Choose where to save the export.</source>
        <translation>Kies waar de export wordt opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="133"/>
        <source>There is nothing to choose from for this selection.</source>
        <translation>Er is niets te kiezen voor deze selectie.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="5"/>
        <location filename="../../ui/export_dialog.ui" line="8"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="11"/>
        <source>&amp;Format</source>
        <translation>&amp;Formaat</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="13"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Gesprekken</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="15"/>
        <source>&amp;Which</source>
        <translation>&amp;Welke</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="17"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="19"/>
        <source>Leave &amp;out classified (not-for-disclosure) meetings and notes</source>
        <translation>Gerubriceerde (niet-openbare) gesprekken en aantekeningen weg&amp;laten</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="20"/>
        <source>Only &amp;notes, outcomes and actions</source>
        <translation>Alleen &amp;aantekeningen, uitkomsten en acties</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="21"/>
        <source>Changed sinc&amp;e</source>
        <translation>Gewijzigd s&amp;inds</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="23"/>
        <source>&amp;Save as</source>
        <translation>Op&amp;slaan als</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="27"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../briefer/gui/records/history_dialog.py" line="56"/>
        <location filename="../../briefer/gui/records/history_dialog.py" line="57"/>
        <source>History of {0}</source>
        <translation>Geschiedenis van {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/history_dialog.py" line="76"/>
        <source>This is the current version.</source>
        <translation>Dit is de huidige versie.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/history_dialog.py" line="79"/>
        <source>Differences from the current version:</source>
        <translation>Verschillen met de huidige versie:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/history_dialog.py" line="80"/>
        <source>Same content as the current version.</source>
        <translation>Zelfde inhoud als de huidige versie.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/history_dialog.py" line="81"/>
        <source>then</source>
        <translation>toen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/history_dialog.py" line="81"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="6"/>
        <location filename="../../ui/history_dialog.ui" line="20"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="34"/>
        <source>Revisions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="57"/>
        <source>The chosen revision</source>
        <translation>De gekozen versie</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="77"/>
        <source>&amp;Restore this version</source>
        <translation>Deze versie &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="84"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="11"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="16"/>
        <source>Point to make</source>
        <translation>Spreekpunt</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="17"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="21"/>
        <source>If asked</source>
        <translation>Indien gevraagd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="22"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="26"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="27"/>
        <source>May be used</source>
        <translation>Bruikbaar</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="31"/>
        <source>Fact</source>
        <translation>Feit</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="31"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="32"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/session_model.py" line="14"/>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="36"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="36"/>
        <source>Publisher</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="37"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="37"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="41"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/recipient_model.py" line="30"/>
        <location filename="../../briefer/gui/today/agenda_model.py" line="15"/>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="42"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/recipient_model.py" line="31"/>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="43"/>
        <source>Serves</source>
        <translation>Ondersteunt</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="17"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="18"/>
        <source>reviewed</source>
        <translation>beoordeeld</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="19"/>
        <source>final</source>
        <translation>definitief</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="21"/>
        <source>certain</source>
        <translation>zeker</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="22"/>
        <source>possible</source>
        <translation>mogelijk</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="23"/>
        <source>unlikely</source>
        <translation>onwaarschijnlijk</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="25"/>
        <source>requested</source>
        <translation>aangevraagd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="26"/>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="27"/>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="28"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="30"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="31"/>
        <source>in progress</source>
        <translation>in behandeling</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="32"/>
        <source>done</source>
        <translation>gereed</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="34"/>
        <source>opening</source>
        <translation>opening</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="35"/>
        <source>plenary</source>
        <translation>plenair</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="36"/>
        <source>panel</source>
        <translation>panel</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="37"/>
        <source>side event</source>
        <translation>nevenevenement</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="38"/>
        <source>break</source>
        <translation>pauze</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="39"/>
        <source>reception</source>
        <translation>receptie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="40"/>
        <source>press</source>
        <translation>pers</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="41"/>
        <source>site visit</source>
        <translation>werkbezoek</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="42"/>
        <source>closing</source>
        <translation>slotsessie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="44"/>
        <source>head</source>
        <translation>delegatieleider</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="45"/>
        <source>deputy</source>
        <translation>plaatsvervanger</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="46"/>
        <source>adviser</source>
        <translation>adviseur</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="47"/>
        <source>note taker</source>
        <translation>notulist</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="48"/>
        <source>interpreter</source>
        <translation>tolk</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="49"/>
        <source>security</source>
        <translation>beveiliging</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="50"/>
        <source>liaison</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="52"/>
        <source>bilateral</source>
        <translation>bilateraal</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="53"/>
        <source>session</source>
        <translation>sessie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="54"/>
        <source>chairs</source>
        <translation>zit voor</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="55"/>
        <source>speaks</source>
        <translation>spreekt</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="56"/>
        <source>attends</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="57"/>
        <source>counterpart</source>
        <translation>gesprekspartner</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="58"/>
        <source>chair</source>
        <translation>voorzitter</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="59"/>
        <source>speaker</source>
        <translation>spreker</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="60"/>
        <source>attending</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="61"/>
        <source>principal</source>
        <translation>bewindspersoon</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="62"/>
        <source>participant</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="64"/>
        <source>unclassified</source>
        <translation>ongerubriceerd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="66"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="67"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="68"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="69"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/recipient_model.py" line="31"/>
        <location filename="../../briefer/gui/widgets/labels.py" line="70"/>
        <source>Bilaterals</source>
        <translation>Bilaterale gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="71"/>
        <source>Country briefs</source>
        <translation>Landendossiers</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="72"/>
        <source>Meeting briefs</source>
        <translation>Gespreksdossiers</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="73"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="74"/>
        <source>Outcomes</source>
        <translation>Uitkomsten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="75"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="76"/>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="77"/>
        <source>Delegations</source>
        <translation>Delegaties</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/labels.py" line="78"/>
        <source>Rooms</source>
        <translation>Zalen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/meeting_brief_editor.py" line="23"/>
        <source>Objective</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/table_models.py" line="233"/>
        <source>no brief</source>
        <extracomment>Columns are sized to fit this many rows, not all of them (thousands would be slow). The parts that can be read ahead (:meth:`preload`).</extracomment>
        <translation>geen dossier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/session_model.py" line="14"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/session_model.py" line="14"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/session_model.py" line="15"/>
        <location filename="../../briefer/gui/today/agenda_model.py" line="14"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/meeting_model.py" line="17"/>
        <location filename="../../briefer/gui/programme/session_model.py" line="15"/>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/session_model.py" line="16"/>
        <source>Dutch delegation</source>
        <translation>Nederlandse delegatie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/meeting_model.py" line="15"/>
        <location filename="../../briefer/gui/records/revision_model.py" line="15"/>
        <location filename="../../briefer/gui/today/agenda_model.py" line="13"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/meeting_model.py" line="17"/>
        <source>Principal</source>
        <translation>Bewindspersoon</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/meeting_model.py" line="15"/>
        <source>Counterpart</source>
        <translation>Gesprekspartner</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_model.py" line="17"/>
        <location filename="../../briefer/gui/bilaterals/meeting_model.py" line="16"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/meeting_model.py" line="16"/>
        <location filename="../../briefer/gui/countries/country_model.py" line="32"/>
        <source>Brief</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_model.py" line="18"/>
        <location filename="../../briefer/gui/countries/country_model.py" line="32"/>
        <location filename="../../briefer/gui/people/people_models.py" line="14"/>
        <location filename="../../briefer/gui/people/people_models.py" line="38"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/country_model.py" line="33"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/country_model.py" line="34"/>
        <source>WHO region</source>
        <translation>WHO-regio</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/country_model.py" line="33"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/country_model.py" line="34"/>
        <source>Brief updated</source>
        <translation>Dossier bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/recipient_model.py" line="30"/>
        <location filename="../../briefer/gui/people/people_models.py" line="13"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/people/people_models.py" line="13"/>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/people/people_models.py" line="14"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/people/people_models.py" line="15"/>
        <source>Minister</source>
        <translation>Bewindspersoon</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/people/people_models.py" line="38"/>
        <source>Delegation</source>
        <translation>Delegatie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/people/people_models.py" line="39"/>
        <source>Head</source>
        <translation>Hoofd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/people/people_models.py" line="39"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_model.py" line="16"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_model.py" line="16"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_model.py" line="17"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/agenda_model.py" line="13"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/agenda_model.py" line="14"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/agenda_model.py" line="26"/>
        <source>Bilateral with {0}</source>
        <translation>Bilateraal met {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/agenda_model.py" line="31"/>
        <source>to be confirmed</source>
        <translation>nog te bevestigen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/recipient_model.py" line="32"/>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/revision_model.py" line="15"/>
        <source>Revision</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/revision_model.py" line="16"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/revision_model.py" line="16"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../briefer/gui/widgets/list_editor.py" line="118"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/list_editor.py" line="119"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/list_editor.py" line="120"/>
        <location filename="../../briefer/gui/widgets/list_editor.py" line="122"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/list_editor.py" line="121"/>
        <location filename="../../briefer/gui/widgets/list_editor.py" line="123"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/list_editor.py" line="134"/>
        <source>Add to {0}</source>
        <translation>Toevoegen aan {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/list_editor.py" line="135"/>
        <source>Remove from {0}</source>
        <translation>Verwijderen uit {0}</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <location filename="../../briefer/gui/safety/auto_lock.py" line="217"/>
        <source>Unlock Briefer first; then it can close.</source>
        <extracomment>How often the idle time is looked at. Prefix of the drafts keys of record editors held while locked (notes use meeting mode&apos;s own keys).</extracomment>
        <translation>Ontgrendel Briefer eerst; daarna kunt u het sluiten.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/auto_lock.py" line="218"/>
        <source>Unlock Briefer first.</source>
        <translation>Ontgrendel Briefer eerst.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/auto_lock.py" line="223"/>
        <location filename="../../briefer/gui/safety/auto_lock.py" line="296"/>
        <source>{0} — locked</source>
        <translation>{0} — vergrendeld</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/auto_lock.py" line="319"/>
        <source>Wrong passphrase. Briefer stays locked.</source>
        <translation>Onjuist wachtwoordzin. Briefer blijft vergrendeld.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="152"/>
        <source>This kind of record has no view of its own.</source>
        <translation>Voor dit soort item is er geen eigen overzicht.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="162"/>
        <source>That record could not be shown (filtered out or deleted).</source>
        <translation>Dit item kan niet worden getoond (weggefilterd of verwijderd).</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="228"/>
        <source>Import the programme</source>
        <translation>Programma importeren</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="229"/>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="249"/>
        <source>Programme imported: {0}</source>
        <translation>Programma geïmporteerd: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="251"/>
        <source>Importing the programme…</source>
        <translation>Programma importeren…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="275"/>
        <source>Saved: {0}</source>
        <translation>Opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="375"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="375"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="375"/>
        <source>Bilaterals</source>
        <translation>Bilaterale gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="376"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="376"/>
        <source>People &amp; delegations</source>
        <translation>Personen &amp; delegaties</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="377"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="377"/>
        <source>Packs</source>
        <translation>Mappen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="382"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="383"/>
        <source>Se&amp;arch…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="393"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="384"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="385"/>
        <source>&amp;New in this view</source>
        <translation>&amp;Nieuw in dit overzicht</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="386"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="387"/>
        <source>&amp;Import the programme (.ics)…</source>
        <translation>Programma &amp;importeren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="389"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="390"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="391"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="392"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="394"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="395"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="396"/>
        <source>&amp;About Briefer</source>
        <translation>&amp;Over Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="403"/>
        <source>(demo)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="407"/>
        <source>About Briefer</source>
        <translation>Over Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="408"/>
        <source>{0} {1}
Prepare ministers for an international conference, offline.</source>
        <translation>{0} {1}
Bereid bewindspersonen offline voor op een internationale conferentie.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>Briefer</source>
        <translation>Briefer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="21"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
</context>
<context>
    <name>MeetingBriefEditor</name>
    <message>
        <location filename="../../briefer/gui/bilaterals/meeting_brief_editor.py" line="31"/>
        <location filename="../../ui/meeting_brief_editor.ui" line="6"/>
        <location filename="../../ui/meeting_brief_editor.ui" line="12"/>
        <source>Meeting brief</source>
        <translation>Gespreksdossier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/meeting_brief_editor.py" line="31"/>
        <source>Meeting brief (new — saving creates it)</source>
        <translation>Gespreksdossier (nieuw — opslaan maakt het aan)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="48"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="61"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="74"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="87"/>
        <source>Objectives</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="100"/>
        <source>Key messages</source>
        <translation>Kernboodschappen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="113"/>
        <source>Talking points</source>
        <translation>Spreekpunten</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="126"/>
        <source>Expected positions</source>
        <translation>Verwachte standpunten</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="139"/>
        <source>Defensive lines</source>
        <translation>Defensieve lijnen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="152"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="171"/>
        <source>Histor&amp;y…</source>
        <translation>Ges&amp;chiedenis…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="185"/>
        <source>&amp;Revert</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="192"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../briefer/gui/bilaterals/meeting_editor.py" line="43"/>
        <source>New bilateral</source>
        <translation>Nieuw bilateraal gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="6"/>
        <location filename="../../ui/meeting_editor.ui" line="12"/>
        <source>Bilateral meeting</source>
        <translation>Bilateraal gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="61"/>
        <source>&amp;Principal</source>
        <translation>Bewinds&amp;persoon</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="74"/>
        <source>Counterpart &amp;country</source>
        <translation>&amp;Land gesprekspartner</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="87"/>
        <source>Counterpart organisation</source>
        <translation>Organisatie gesprekspartner</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="100"/>
        <source>Counterparts</source>
        <translation>Gesprekspartners</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="48"/>
        <source>Tit&amp;le</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="113"/>
        <source>St&amp;art</source>
        <translation>Be&amp;gin</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="126"/>
        <source>En&amp;d</source>
        <translation>&amp;Einde</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="139"/>
        <source>Roo&amp;m</source>
        <translation>&amp;Zaal</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="152"/>
        <source>Room confirmed</source>
        <translation>Zaal bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="169"/>
        <source>Dutch participants</source>
        <translation>Nederlandse deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="182"/>
        <source>Note taker</source>
        <translation>Notulist</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="195"/>
        <source>Interpretation (language code)</source>
        <translation>Tolk (taalcode)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="208"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="221"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="234"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="247"/>
        <source>Press line</source>
        <translation>Perslijn</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="270"/>
        <source>Histor&amp;y…</source>
        <translation>Ges&amp;chiedenis…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="284"/>
        <source>&amp;Revert</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_editor.ui" line="291"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="133"/>
        <source>Unsaved text recovered from the autosave.</source>
        <extracomment>Autosave delay: a crash loses at most this much typing.</extracomment>
        <translation>Niet-opgeslagen tekst teruggehaald uit de automatische opslag.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="168"/>
        <source>Outcome: {0}</source>
        <translation>Resultaat: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="172"/>
        <source>Action: {0} — {1}, by {2}</source>
        <translation>Actie: {0} — {1}, uiterlijk {2}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="177"/>
        <source>Bilateral with {0}</source>
        <translation>Bilateraal met {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="178"/>
        <source>room to be confirmed</source>
        <translation>zaal nog te bevestigen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="181"/>
        <source>Meeting mode — {0}</source>
        <translation>Gespreksmodus — {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="185"/>
        <source>Held at {0}</source>
        <translation>Gevoerd om {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="197"/>
        <source>Typing…</source>
        <translation>Typen…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="214"/>
        <source>Autosave failed: {0}</source>
        <translation>Automatisch opslaan mislukt: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="217"/>
        <source>Autosaved {0}</source>
        <translation>Automatisch opgeslagen {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="225"/>
        <source>Not saved — the disk reported an error. Your text is kept in this window; Briefer tries again every {0} seconds.</source>
        <translation>Niet opgeslagen — de schijf meldt een fout. Uw tekst blijft in dit venster; Briefer probeert het elke {0} seconden opnieuw.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="228"/>
        <source>Not saved — disk full. Your text is kept in this window; free space on the disk: Briefer tries again every {0} seconds.</source>
        <translation>Niet opgeslagen — schijf vol. Uw tekst blijft in dit venster; maak ruimte vrij op de schijf: Briefer probeert het elke {0} seconden opnieuw.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="287"/>
        <source>Saved {0}</source>
        <translation>Opgeslagen {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="324"/>
        <location filename="../../ui/meeting_mode.ui" line="5"/>
        <source>Meeting mode</source>
        <translation>Gespreksmodus</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="325"/>
        <source>The note could not be saved; it is kept in the autosave. Close anyway?</source>
        <translation>De notitie kon niet worden opgeslagen; ze blijft bewaard in de automatische opslag. Toch sluiten?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="349"/>
        <source>Saved elsewhere: {0} (not in the database)</source>
        <translation>Elders opgeslagen: {0} (niet in de database)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="454"/>
        <source>Ctrl+Shift+A: a follow-up action from the current line</source>
        <translation>Ctrl+Shift+A: een vervolgactie uit de huidige regel</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="455"/>
        <source>Ctrl+Shift+O: an outcome against an objective</source>
        <translation>Ctrl+Shift+O: een resultaat bij een doel</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="456"/>
        <source>Alt+1 … Alt+9 ticks point 1 … 9</source>
        <translation>Alt+1 … Alt+9 vinkt punt 1 … 9 af</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="457"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="13"/>
        <source>&amp;Print the one-page brief…</source>
        <translation>&amp;Eénpagina-briefing afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="14"/>
        <source>Mark as &amp;held</source>
        <translation>&amp;Markeren als gevoerd</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="25"/>
        <source>Objectives</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="27"/>
        <source>Key messages</source>
        <translation>Kernboodschappen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="29"/>
        <source>&amp;Talking points (tick them off as they are raised)</source>
        <translation>&amp;Gesprekspunten (afvinken zodra ze aan bod komen)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="31"/>
        <source>Defensive lines</source>
        <translation>Defensieve lijnen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="38"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="42"/>
        <source>Follow-up &amp;action…</source>
        <translation>Vervolg&amp;actie…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="43"/>
        <source>&amp;Outcome…</source>
        <translation>&amp;Resultaat…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="48"/>
        <source>Recorded in this meeting</source>
        <translation>Vastgelegd in dit gesprek</translation>
    </message>
</context>
<context>
    <name>MoveMeetingDialog</name>
    <message>
        <location filename="../../briefer/gui/programme/move_meeting_dialog.py" line="57"/>
        <source>no room yet</source>
        <translation>nog geen zaal</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/move_meeting_dialog.py" line="87"/>
        <source>The conference runs from {0} to {1}.</source>
        <translation>De conferentie duurt van {0} tot en met {1}.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/move_meeting_dialog.py" line="94"/>
        <source>No conflicts at this time and place.</source>
        <translation>Geen conflicten op dit tijdstip en deze plek.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/move_meeting_dialog.py" line="94"/>
        <source>Cannot work:</source>
        <translation>Gaat niet:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/move_meeting_dialog.py" line="95"/>
        <source>Needs attention:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <location filename="../../ui/move_meeting_dialog.ui" line="5"/>
        <source>Move the bilateral</source>
        <translation>Bilateraal verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/move_meeting_dialog.ui" line="10"/>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <location filename="../../ui/move_meeting_dialog.ui" line="12"/>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <location filename="../../ui/move_meeting_dialog.ui" line="14"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <location filename="../../ui/move_meeting_dialog.ui" line="15"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/move_meeting_dialog.ui" line="16"/>
        <source>&amp;Room:</source>
        <translation>&amp;Zaal:</translation>
    </message>
</context>
<context>
    <name>OnePageBrief</name>
    <message>
        <location filename="../../briefer/gui/meeting_mode/one_page_brief.py" line="28"/>
        <source>Save the one-page brief</source>
        <translation>Eénpagina-briefing opslaan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/one_page_brief.py" line="29"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PacksView</name>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="73"/>
        <source>Programme</source>
        <extracomment>The sections a user may leave out, with their names in the interface.</extracomment>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="74"/>
        <source>Bilateral meetings</source>
        <translation>Bilaterale gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="75"/>
        <source>Country briefs</source>
        <translation>Landendossiers</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="76"/>
        <source>Biographies</source>
        <translation>Biografieën</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="77"/>
        <source>Attached documents</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="78"/>
        <source>Speaking notes</source>
        <translation>Spreekteksten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="79"/>
        <source>Contacts</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="176"/>
        <source>Loading…</source>
        <extracomment>part key → (first, last page), kept in the register so a later addendum can say what it replaces Tables whose size decides whether the recipients are read on a worker (as big lists are).</extracomment>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="212"/>
        <source>{0} people can receive a pack.</source>
        <translation>{0} personen kunnen een map krijgen.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="218"/>
        <source>The pack for {0}: the programme ({1} sessions) and {2} bilaterals</source>
        <translation>De map voor {0}: het programma ({1} sessies) en {2} bilaterale gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="233"/>
        <source>pack</source>
        <translation>map</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="233"/>
        <source>meeting brief</source>
        <translation>gespreksnotitie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="233"/>
        <source>addendum</source>
        <translation>addendum</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="238"/>
        <source>(since {0})</source>
        <translation>(sinds {0})</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="310"/>
        <source>choose at least one section</source>
        <translation>kies ten minste één onderdeel</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="319"/>
        <source>Nothing has changed since copy {0}.</source>
        <translation>Er is niets veranderd sinds exemplaar {0}.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="361"/>
        <source>Building was cancelled; nothing was made.</source>
        <translation>Het maken is afgebroken; er is niets gemaakt.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="369"/>
        <location filename="../../ui/packs_view.ui" line="66"/>
        <source>No pack built yet.</source>
        <translation>Nog geen map gemaakt.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="371"/>
        <source>Pack</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="371"/>
        <source>Meeting brief</source>
        <translation>Gespreksnotitie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="372"/>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="373"/>
        <source>{0} for {1}: {2} pages, copy {3}, version {4}</source>
        <translation>{0} voor {1}: {2} pagina&apos;s, exemplaar {3}, versie {4}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="375"/>
        <source>printed or saved</source>
        <translation>afgedrukt of bewaard</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="375"/>
        <source>not yet printed</source>
        <translation>nog niet afgedrukt</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="377"/>
        <source>{0} parts changed since copy {1}.</source>
        <translation>{0} onderdelen gewijzigd sinds exemplaar {1}.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="379"/>
        <source>Warning: the pack font cannot print {0}; they show as boxes.</source>
        <translation>Let op: het lettertype van de map kan {0} niet afdrukken; deze tekens verschijnen als vakjes.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="416"/>
        <source>printed on {0}</source>
        <translation>afgedrukt op {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="416"/>
        <source>the printer</source>
        <translation>de printer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="421"/>
        <source>Save the pack</source>
        <translation>Map opslaan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="421"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="440"/>
        <source>Saved: {0} ({1} pages).</source>
        <translation>Bewaard: {0} ({1} pagina&apos;s).</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="451"/>
        <source>Highest of the content</source>
        <translation>Hoogste van de inhoud</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="456"/>
        <source>Copy</source>
        <translation>Exemplaar</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="456"/>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="456"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="456"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="456"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="457"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="457"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="458"/>
        <source>Preview of the pack</source>
        <translation>Voorbeeld van de map</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="5"/>
        <location filename="../../ui/packs_view.ui" line="11"/>
        <source>Packs</source>
        <translation>Mappen</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="25"/>
        <source>Filter people…</source>
        <translation>Personen filteren…</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="12"/>
        <source>Briefing packs are printed for a minister or a member of the Dutch delegation. Choose a person and the options, build the pack, check it in the preview, then print or save it.</source>
        <translation>Briefingmappen worden afgedrukt voor een minister of een lid van de Nederlandse delegatie. Kies een persoon en de opties, maak de map, controleer hem in het voorbeeld en druk hem dan af of bewaar hem.</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="25"/>
        <source>Filter people</source>
        <translation>Personen filteren</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="26"/>
        <source>People a pack can be made for</source>
        <translation>Personen voor wie een map kan worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="30"/>
        <source>What the pack holds</source>
        <translation>Wat de map bevat</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="32"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="38"/>
        <source>&amp;Classification:</source>
        <translation>&amp;Rubricering:</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="40"/>
        <source>Fi&amp;nal (no DRAFT mark)</source>
        <translation>De&amp;finitief (zonder CONCEPT-merkteken)</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="41"/>
        <source>Personal copy water&amp;mark</source>
        <translation>Watermerk persoonlijk e&amp;xemplaar</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="42"/>
        <source>Pass&amp;word:</source>
        <translation>Wa&amp;chtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="43"/>
        <source>none (optional)</source>
        <translation>geen (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="44"/>
        <source>&amp;Sections:</source>
        <translation>&amp;Onderdelen:</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="54"/>
        <source>Changes since this cop&amp;y</source>
        <translation>Wij&amp;zigingen sinds dit exemplaar</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="68"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="69"/>
        <source>Save &amp;as…</source>
        <translation>Bewaren a&amp;ls…</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="92"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="93"/>
        <source>&amp;Build pack</source>
        <translation>Map &amp;maken</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="49"/>
        <source>Printed before for this person</source>
        <translation>Eerder afgedrukt voor deze persoon</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="34"/>
        <source>&amp;Period from:</source>
        <translation>&amp;Periode van:</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="36"/>
        <source>Period to:</source>
        <translation>Periode t/m:</translation>
    </message>
    <message>
        <location filename="../../ui/packs_view.ui" line="75"/>
        <source>Contents of the pack</source>
        <translation>Inhoud van de map</translation>
    </message>
</context>
<context>
    <name>PeopleListEditor</name>
    <message>
        <location filename="../../briefer/gui/widgets/fields.py" line="169"/>
        <location filename="../../briefer/gui/widgets/fields.py" line="226"/>
        <source>Add a person…</source>
        <translation>Persoon toevoegen…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/fields.py" line="172"/>
        <location filename="../../briefer/gui/widgets/fields.py" line="224"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/fields.py" line="173"/>
        <location filename="../../briefer/gui/widgets/fields.py" line="225"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/fields.py" line="190"/>
        <source>Add a person to {0}</source>
        <translation>Een persoon toevoegen aan {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/fields.py" line="191"/>
        <source>Add to {0}</source>
        <translation>Toevoegen aan {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/fields.py" line="192"/>
        <source>Remove from {0}</source>
        <translation>Verwijderen uit {0}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../briefer/gui/people/people_view.py" line="21"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../briefer/gui/people/people_view.py" line="92"/>
        <source>People &amp; delegations</source>
        <translation>Personen &amp; delegaties</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/people/people_view.py" line="93"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/people/people_view.py" line="94"/>
        <source>Delegations</source>
        <translation>Delegaties</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../briefer/gui/people/person_editor.py" line="22"/>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="6"/>
        <location filename="../../ui/person_editor.ui" line="12"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="48"/>
        <source>Honorific</source>
        <translation>Aanspreektitel</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="61"/>
        <source>&amp;Given name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="74"/>
        <source>Fa&amp;mily name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="87"/>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="100"/>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="113"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="126"/>
        <source>Minister&apos;s title</source>
        <translation>Titel bewindspersoon</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="139"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="152"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="165"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="178"/>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="201"/>
        <source>Histor&amp;y…</source>
        <translation>Ges&amp;chiedenis…</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="215"/>
        <source>&amp;Revert</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="222"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <location filename="../../ui/programme_view.ui" line="5"/>
        <location filename="../../ui/programme_view.ui" line="7"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="15"/>
        <source>&amp;Day:</source>
        <translation>Da&amp;g:</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="39"/>
        <source>Open the &amp;bilateral</source>
        <translation>Bilateraal &amp;openen</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="34"/>
        <source>Drag a bilateral to another time or room; double-click it to type the time. Conflicts show in red with ✖ (cannot work) or orange with ⚠ (needs attention).</source>
        <translation>Sleep een bilateraal naar een ander tijdstip of een andere zaal; dubbelklik om de tijd in te typen. Conflicten worden rood met ✖ (gaat niet) of oranje met ⚠ (let op) getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="11"/>
        <source>T&amp;imetable</source>
        <translation>Tijdschem&amp;a</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="17"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolommen:</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="38"/>
        <source>Edit time and &amp;room…</source>
        <translation>Tijd en &amp;zaal wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="44"/>
        <source>Free slots</source>
        <translation>Vrije tijdstippen</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="49"/>
        <source>Find a free s&amp;lot</source>
        <translation>&amp;Vrij tijdstip zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="51"/>
        <source>&amp;Move to this slot</source>
        <translation>&amp;Naar dit tijdstip verplaatsen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="242"/>
        <source>Bilateral: {0}</source>
        <extracomment>the worst severity of a finding per item id Tables whose size decides whether the timetable is made on a worker. The timetable (and the sessions list) are shown.</extracomment>
        <translation>Bilateraal: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="251"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="286"/>
        <source>No room</source>
        <translation>Geen zaal</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="312"/>
        <source>Choose a bilateral.</source>
        <translation>Kies een bilateraal.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="331"/>
        <source>No conflicts.</source>
        <translation>Geen conflicten.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="331"/>
        <source>Cannot work:</source>
        <translation>Gaat niet:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="331"/>
        <source>Needs attention:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="356"/>
        <source>Moved there, “{0}” would clash:
{1}

Move it anyway?</source>
        <translation>Daarheen verplaatst botst “{0}”:
{1}

Toch verplaatsen?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="358"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="400"/>
        <source>no room</source>
        <translation>geen zaal</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="410"/>
        <source>No free slot was found.</source>
        <translation>Er is geen vrij tijdstip gevonden.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="412"/>
        <source>Times passed over:</source>
        <translation>Overgeslagen tijden:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="452"/>
        <source>Sessi&amp;ons</source>
        <translation>&amp;Sessies</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="453"/>
        <source>Timetable</source>
        <translation>Tijdschema</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="454"/>
        <source>Rooms</source>
        <translation>Zalen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="455"/>
        <source>People of the delegation</source>
        <translation>Leden van de delegatie</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../briefer/gui/records/record_list.py" line="80"/>
        <source>Filter: {0}</source>
        <translation>Filter: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/record_list.py" line="191"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/record_list.py" line="197"/>
        <source>{0} items</source>
        <translation>{0} items</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/record_list.py" line="197"/>
        <source>1 item</source>
        <translation>1 item</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/record_list.py" line="195"/>
        <source>{0} of {1} items</source>
        <translation>{0} van {1} items</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.ui" line="6"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.ui" line="26"/>
        <source>Filter this list…</source>
        <translation>Deze lijst filteren…</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.ui" line="36"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.ui" line="43"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.ui" line="80"/>
        <source>Select an item in the list, or create a new one.</source>
        <translation>Kies een item in de lijst, of maak een nieuw aan.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../briefer/gui/records/record_page.py" line="217"/>
        <source>Delete</source>
        <extracomment>A list whose tables hold more rows than this is read on a worker; a smaller one at once (no flash of &quot;Loading…&quot; for the usual few hundred records). Store tables whose records this page shows (search results are routed by them). Tables whose row count decides whether the list is read in the background (empty: never). The names the list and the editors&apos; pickers need, read with the rows. The rows of a refresh are shown (at once, or when the worker has answered).</extracomment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/record_page.py" line="218"/>
        <source>Delete “{0}”? You can undo this with Ctrl+Z.</source>
        <translation>“{0}” verwijderen? Met Ctrl+Z maakt u dit ongedaan.</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="42"/>
        <source>&amp;Lock now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="43"/>
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="44"/>
        <source>&amp;Restore a backup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="45"/>
        <source>&amp;Auto-lock…</source>
        <translation>&amp;Automatisch vergrendelen…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="64"/>
        <source>Backed up: {0}</source>
        <translation>Reservekopie gemaakt: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="67"/>
        <source>Backing up…</source>
        <translation>Reservekopie maken…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="79"/>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="77"/>
        <source>Replace the database with the backup {0}? The database as it is now is backed up first.</source>
        <translation>De database vervangen door de reservekopie {0}? Van de database zoals die nu is wordt eerst een reservekopie gemaakt.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="144"/>
        <source>{0} results — Enter opens the selected one.</source>
        <translation>{0} resultaten — Enter opent het gekozen resultaat.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="145"/>
        <source>Nothing found for “{0}”.</source>
        <translation>Niets gevonden voor “{0}”.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="146"/>
        <location filename="../../ui/search_dialog.ui" line="52"/>
        <source>Type to search; Enter opens the selected result; Esc closes.</source>
        <translation>Typ om te zoeken; Enter opent het gekozen resultaat; Esc sluit.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="153"/>
        <source>Brief: {0}</source>
        <translation>Dossier: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="166"/>
        <source>Outcome of {0}</source>
        <translation>Uitkomst van {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="168"/>
        <source>Note by {0}</source>
        <translation>Aantekening van {0}</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.ui" line="6"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.ui" line="20"/>
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.ui" line="23"/>
        <source>Search people, countries, briefs, meetings, notes…</source>
        <translation>Zoek personen, landen, dossiers, gesprekken, aantekeningen…</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.ui" line="33"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../briefer/gui/programme/session_editor.py" line="37"/>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="6"/>
        <location filename="../../ui/session_editor.ui" line="12"/>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="61"/>
        <source>&amp;Kind</source>
        <translation>Soor&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="48"/>
        <source>Tit&amp;le</source>
        <translation>Tite&amp;l</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="74"/>
        <source>St&amp;art</source>
        <translation>Be&amp;gin</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="87"/>
        <source>En&amp;d</source>
        <translation>&amp;Einde</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="100"/>
        <source>Roo&amp;m</source>
        <translation>&amp;Zaal</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="113"/>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="126"/>
        <source>Speakers</source>
        <translation>Sprekers</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="139"/>
        <source>Dutch attendees</source>
        <translation>Nederlandse deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="152"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="169"/>
        <source>Speaking role</source>
        <translation>Spreekrol</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="182"/>
        <source>Speaking notes</source>
        <translation>Spreektekst</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="199"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="218"/>
        <source>Histor&amp;y…</source>
        <translation>Ges&amp;chiedenis…</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="232"/>
        <source>&amp;Revert</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="239"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="59"/>
        <source>Programme</source>
        <extracomment>What makes a slot not free: someone or the room taken, no time to walk, outside the conference.</extracomment>
        <translation>Programma</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="124"/>
        <source>Next items from now ({0}).</source>
        <translation>Wat er vanaf nu volgt ({0}).</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="126"/>
        <source>The conference starts on {0}; showing everything from the first day.</source>
        <translation>De conferentie begint op {0}; alles vanaf de eerste dag wordt getoond.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="128"/>
        <source>The conference is over; showing the whole programme.</source>
        <translation>De conferentie is voorbij; het hele programma wordt getoond.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="137"/>
        <source>No minister or Dutch delegation member is recorded yet.</source>
        <translation>Er is nog geen bewindspersoon of Nederlands delegatielid vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="160"/>
        <location filename="../../briefer/gui/today/today_view.py" line="232"/>
        <source>Nothing more is planned.</source>
        <translation>Er staat niets meer gepland.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="172"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="217"/>
        <source>Bilateral with {0}</source>
        <translation>Bilateraal met {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="218"/>
        <source>room to be confirmed</source>
        <translation>zaal nog te bevestigen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="227"/>
        <source>Nothing on right now.</source>
        <translation>Op dit moment niets.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="239"/>
        <source>Objective: {0}</source>
        <translation>Doel: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="249"/>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="254"/>
        <source>on {0}</source>
        <translation>op {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="256"/>
        <source>in {0}</source>
        <translation>over {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="268"/>
        <source>⚠ {0} conflict(s) in this day&apos;s programme:</source>
        <translation>⚠ {0} conflict(en) in het programma van deze dag:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="272"/>
        <source>… and {0} more (see the Programme view).</source>
        <translation>… en nog {0} (zie Programma).</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="297"/>
        <source>No bilateral to open.</source>
        <translation>Geen bilateraal om te openen.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="301"/>
        <source>The buttons act on: {0}, {1}</source>
        <translation>De knoppen gelden voor: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="5"/>
        <location filename="../../ui/today_view.ui" line="8"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="11"/>
        <source>F&amp;or:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="21"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="23"/>
        <source>Next</source>
        <translation>Hierna</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="32"/>
        <source>Open the meeting &amp;brief</source>
        <translation>Gespreksbriefing &amp;openen</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="33"/>
        <source>&amp;Print the one-page brief…</source>
        <translation>&amp;Eénpagina-briefing afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="34"/>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Gespreksmodus</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="41"/>
        <source>Programme for the day</source>
        <translation>Programma van de dag</translation>
    </message>
</context>
<context>
    <name>TypedDateField</name>
    <message>
        <location filename="../../briefer/gui/widgets/date_fields.py" line="56"/>
        <source>Type a date and time, e.g. 19-11-2024 11:15, 19 nov 2024 11.15, 2024-11-19 11:15, tomorrow 9:00, fri 14:30, or only 11:15 for the day shown.
Day first. Time in the conference timezone ({0}). F4 opens the calendar.</source>
        <translation>Typ een datum en tijd, bijvoorbeeld 19-11-2024 11:15, 19 nov 2024 11.15, 2024-11-19 11:15, morgen 9:00, vr 14:30, of alleen 11:15 voor de getoonde dag.
Eerst de dag. Tijd in de tijdzone van de conferentie ({0}). F4 opent de kalender.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/date_fields.py" line="60"/>
        <source>Type a date, e.g. 19-11-2024, 19/11/2024, 19 november 2024, 2024-11-19, tomorrow or fri (the next Friday).
Day first. F4 opens the calendar.</source>
        <translation>Typ een datum, bijvoorbeeld 19-11-2024, 19/11/2024, 19 november 2024, 2024-11-19, morgen of vr (de eerstvolgende vrijdag).
Eerst de dag. F4 opent de kalender.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/date_fields.py" line="63"/>
        <source>Type a time, e.g. 11:15 or 11.15.</source>
        <translation>Typ een tijd, bijvoorbeeld 11:15 of 11.15.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/date_fields.py" line="67"/>
        <source>dd-mm-yyyy hh:mm</source>
        <translation>dd-mm-jjjj uu:mm</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/date_fields.py" line="68"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/date_fields.py" line="69"/>
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/date_fields.py" line="71"/>
        <source>Leave empty for no date.</source>
        <translation>Leeg laten als er geen datum is.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/date_fields.py" line="72"/>
        <source>Choose from a calendar</source>
        <translation>Kies uit een kalender</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/date_fields.py" line="73"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../briefer/gui/undo.py" line="24"/>
        <source>meeting brief</source>
        <translation>gespreksdossier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/undo.py" line="25"/>
        <source>Create {0}</source>
        <translation>{0} aanmaken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/undo.py" line="26"/>
        <source>Edit {0}</source>
        <translation>{0} bewerken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/undo.py" line="48"/>
        <source>Delete {0}</source>
        <translation>{0} verwijderen</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../briefer/gui/safety/unlock_screen.py" line="133"/>
        <source>Wrong passphrase (or not a Briefer database). Try again.</source>
        <translation>Onjuist wachtwoordzin (of geen Briefer-database). Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../briefer/gui/safety/unlock_screen.py" line="55"/>
        <source>Type the passphrase.</source>
        <translation>Typ het wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/unlock_screen.py" line="77"/>
        <source>This database is encrypted</source>
        <translation>Deze database is versleuteld</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/unlock_screen.py" line="78"/>
        <source>Type the passphrase to open it.</source>
        <translation>Typ het wachtwoordzin om hem te openen.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/unlock_screen.py" line="80"/>
        <source>Briefer is locked (Ctrl+L, or a time without use). Type the passphrase to continue where you were.</source>
        <translation>Briefer is vergrendeld (Ctrl+L, of een tijd zonder gebruik). Typ de wachtwoordzin om verder te gaan waar u was.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/unlock_screen.py" line="83"/>
        <source>Briefer hid its content (Ctrl+L, or a time without use). Click or press Enter to continue.</source>
        <translation>Briefer heeft de inhoud verborgen (Ctrl+L, of een tijd zonder gebruik). Klik of druk op Enter om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_screen.ui" line="14"/>
        <source>Briefer is locked</source>
        <translation>Briefer is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_screen.ui" line="16"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_screen.ui" line="22"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_screen.ui" line="23"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/welcome.ui" line="6"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="35"/>
        <source>Welcome to Briefer</source>
        <translation>Welkom bij Briefer</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="45"/>
        <source>This database is empty. Explore the bundled demo of the Noordwijk 2019 ministerial conference on antimicrobial resistance, or create your own conference.</source>
        <translation>Deze database is leeg. Verken de meegeleverde demo van de ministeriële conferentie over antimicrobiële resistentie in Noordwijk (2019), of maak uw eigen conferentie aan.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="57"/>
        <source>Open the Noordwijk 2019 &amp;demo</source>
        <translation>De demo Noordwijk 2019 &amp;openen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="101"/>
        <source>Conference na&amp;me</source>
        <translation>&amp;Naam conferentie</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="114"/>
        <source>Fi&amp;rst day</source>
        <translation>&amp;Eerste dag</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="140"/>
        <source>C&amp;ity</source>
        <translation>&amp;Stad</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="153"/>
        <source>Ve&amp;nue</source>
        <translation>Lo&amp;catie</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="166"/>
        <source>Time&amp;zone</source>
        <translation>&amp;Tijdzone</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="86"/>
        <source>Or create a new conference</source>
        <translation>Of maak een nieuwe conferentie aan</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="127"/>
        <source>&amp;Last day</source>
        <translation>&amp;Laatste dag</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="199"/>
        <source>&amp;Create conference</source>
        <translation>Conferentie &amp;aanmaken</translation>
    </message>
</context>
</TS>
