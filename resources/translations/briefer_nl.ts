<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../briefer/gui/actions/action_editor.py" line="47"/>
        <location filename="../../ui/action_editor.ui" line="6"/>
        <location filename="../../ui/action_editor.ui" line="12"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_editor.py" line="47"/>
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
        <location filename="../../briefer/gui/actions/actions_view.py" line="50"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/actions_view.py" line="57"/>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/actions_view.py" line="57"/>
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/actions_view.py" line="58"/>
        <source>Delegation</source>
        <translation>Delegatie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/actions_view.py" line="62"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/actions_view.py" line="63"/>
        <source>Show all actions, your own, or those of the delegation</source>
        <translation>Toon alle acties, uw eigen acties of die van de delegatie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/actions_view.py" line="67"/>
        <source>{0} marks the selected action done, or open again</source>
        <translation>{0} markeert de gekozen actie als afgerond, of weer als open</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../briefer/gui/app.py" line="305"/>
        <source>Opening the database…</source>
        <extracomment>When set, the app reports its start-up time and memory on stdout and quits (benchmarks/startup.py). With the above: before quitting, open every view in turn (the bundle&apos;s smoke test: is every view&apos;s module, form and Qt plugin in the bundle?). The integrity check waits at most this long for the first view to be filled.</extracomment>
        <translation>Database openen…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/app.py" line="408"/>
        <source>the database is damaged; Briefer does not write to it</source>
        <translation>de database is beschadigd; Briefer schrijft er niet in</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/app.py" line="418"/>
        <source>Checking the database…</source>
        <translation>Database controleren…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/app.py" line="467"/>
        <source>Restored the backup {0}; the previous database was backed up first.</source>
        <translation>Reservekopie {0} teruggezet; van de vorige database is eerst een reservekopie gemaakt.</translation>
    </message>
</context>
<context>
    <name>Asker</name>
    <message>
        <location filename="../../briefer/gui/services.py" line="30"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="31"/>
        <source>“{0}” has changes that are not saved.</source>
        <translation>“{0}” heeft wijzigingen die niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="43"/>
        <source>Another timezone</source>
        <translation>Andere tijdzone</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="45"/>
        <source>Keep the local times</source>
        <translation>Lokale tijden behouden</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="47"/>
        <source>Keep the moments</source>
        <translation>Momenten behouden</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="61"/>
        <source>Recovered note</source>
        <translation>Herstelde notitie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="62"/>
        <source>Briefer found text of “{0}” that was typed but not saved (the app was closed unexpectedly).</source>
        <translation>Briefer vond tekst van “{0}” die wel getypt maar niet opgeslagen is (de app werd onverwacht afgesloten).</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="65"/>
        <source>Restore it into the note, or discard it?</source>
        <translation>In de notitie terugzetten of weggooien?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="67"/>
        <source>&amp;Restore into the note</source>
        <translation>In de notitie &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="69"/>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="70"/>
        <source>Ask me &amp;later</source>
        <translation>&amp;Later vragen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="80"/>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="81"/>
        <source>The database {0} is damaged. Briefer has not written to it.</source>
        <translation>De database {0} is beschadigd. Briefer heeft er niet in geschreven.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="86"/>
        <source>The newest good backup is {0}. Restoring it keeps a copy of the damaged file in the backups folder.</source>
        <translation>De nieuwste goede reservekopie is {0}. Bij het terugzetten blijft een kopie van het beschadigde bestand in de map met reservekopieën.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="89"/>
        <source>&amp;Restore the newest good backup</source>
        <translation>Nieuwste goede reservekopie &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="93"/>
        <source>No good backup was found. Keep the file for a specialist to look at.</source>
        <translation>Er is geen goede reservekopie gevonden. Bewaar het bestand zodat een specialist ernaar kan kijken.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="95"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="159"/>
        <source>Auto-lock</source>
        <translation>Automatisch vergrendelen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="153"/>
        <source>Lock after this many minutes without use (0 = never):</source>
        <translation>Vergrendelen na zoveel minuten zonder gebruik (0 = nooit):</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="118"/>
        <source>A locked earlier conference</source>
        <translation>Een vergrendelde eerdere conferentie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="119"/>
        <source>Passphrase of the earlier conference in {0}:</source>
        <translation>Wachtwoordzin van de eerdere conferentie in {0}:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="127"/>
        <source>Change the passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="128"/>
        <source>Encrypt the database</source>
        <translation>Database versleutelen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="131"/>
        <source>Current passphrase:</source>
        <translation>Huidige wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="135"/>
        <source>New passphrase (at least 8 characters; a backup is made first):</source>
        <translation>Nieuwe wachtwoordzin (minstens 8 tekens; eerst wordt een back-up gemaakt):</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="139"/>
        <source>The new passphrase again:</source>
        <translation>Nogmaals de nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="144"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>De twee wachtwoordzinnen verschillen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="155"/>
        <source>This database is not encrypted: the lock hides the screen but does not protect the file. Encrypt it under Settings → Encrypt the database…</source>
        <translation>Deze database is niet versleuteld: de vergrendeling verbergt het scherm maar beschermt het bestand niet. Versleutel het onder Instellingen → Database versleutelen…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="166"/>
        <source>Note not saved</source>
        <translation>Notitie niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="167"/>
        <source>The note is not saved: {0}. Its text is only in this window.</source>
        <translation>De notitie is niet opgeslagen: {0}. De tekst staat alleen in dit venster.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="170"/>
        <source>Save it elsewhere (for example on a USB stick) as a PDF that opens with the database&apos;s passphrase, or keep the window open and free space on the disk.</source>
        <translation>Sla de notitie elders op (bijvoorbeeld op een usb-stick) als pdf die alleen met de wachtwoordzin van de database opent, of houd het venster open en maak ruimte vrij op de schijf.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="174"/>
        <source>Save it elsewhere (for example on a USB stick) as a text file, or keep the window open and free space on the disk.</source>
        <translation>Sla de notitie elders op (bijvoorbeeld op een usb-stick) als tekstbestand, of houd het venster open en maak ruimte vrij op de schijf.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="177"/>
        <source>&amp;Save elsewhere…</source>
        <translation>Elders &amp;opslaan…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="179"/>
        <source>&amp;Keep the window open</source>
        <translation>Venster open &amp;houden</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="181"/>
        <source>Close &amp;without saving</source>
        <translation>Sluiten &amp;zonder opslaan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="193"/>
        <source>PDF protected with the passphrase (*.pdf)</source>
        <translation>Pdf beveiligd met de wachtwoordzin (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="194"/>
        <source>Text file (*.txt)</source>
        <translation>Tekstbestand (*.txt)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="196"/>
        <source>Save the note elsewhere</source>
        <translation>Notitie elders opslaan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/services.py" line="201"/>
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
    <name>BasedOnDialog</name>
    <message>
        <location filename="../../briefer/gui/startup/based_on_dialog.py" line="48"/>
        <source>The earlier conference&apos;s data folder</source>
        <translation>De gegevensmap van de eerdere conferentie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/startup/based_on_dialog.py" line="74"/>
        <source>Choose the data folder of the earlier conference.</source>
        <translation>Kies de gegevensmap van de eerdere conferentie.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/startup/based_on_dialog.py" line="77"/>
        <source>That is this conference&apos;s own folder; choose the earlier conference&apos;s folder.</source>
        <translation>Dat is de map van deze conferentie zelf; kies de map van de eerdere conferentie.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/startup/based_on_dialog.py" line="81"/>
        <source>There is no Briefer conference in {0}.</source>
        <translation>In {0} staat geen Briefer-conferentie.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/startup/based_on_dialog.py" line="89"/>
        <source>The earlier conference is locked: type its passphrase.</source>
        <translation>De eerdere conferentie is vergrendeld: typ de wachtwoordzin ervan.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/startup/based_on_dialog.py" line="92"/>
        <source>That passphrase does not open the earlier conference.</source>
        <translation>Met deze wachtwoordzin gaat de eerdere conferentie niet open.</translation>
    </message>
    <message>
        <location filename="../../ui/based_on_dialog.ui" line="6"/>
        <source>Based on an earlier conference</source>
        <translation>Op basis van een eerdere conferentie</translation>
    </message>
    <message>
        <location filename="../../ui/based_on_dialog.ui" line="18"/>
        <source>Choose the data folder of the earlier conference and what comes along. The earlier conference is only read, never changed. Meetings, notes and actions stay with it; carried briefs start as drafts.</source>
        <translation>Kies de gegevensmap van de eerdere conferentie en wat er mee overgaat. De eerdere conferentie wordt alleen gelezen, nooit gewijzigd. Gesprekken, notities en acties blijven daar; overgenomen landendossiers beginnen als concept.</translation>
    </message>
    <message>
        <location filename="../../ui/based_on_dialog.ui" line="30"/>
        <source>Earlier &amp;conference folder:</source>
        <translation>Map van de eerdere &amp;conferentie:</translation>
    </message>
    <message>
        <location filename="../../ui/based_on_dialog.ui" line="43"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ui/based_on_dialog.ui" line="54"/>
        <source>Its &amp;passphrase:</source>
        <translation>&amp;Wachtwoordzin ervan:</translation>
    </message>
    <message>
        <location filename="../../ui/based_on_dialog.ui" line="73"/>
        <source>What comes along</source>
        <translation>Wat gaat er mee over</translation>
    </message>
    <message>
        <location filename="../../ui/based_on_dialog.ui" line="79"/>
        <source>Country &amp;briefs (as drafts, with their history)</source>
        <translation>&amp;Landendossiers (als concept, met hun geschiedenis)</translation>
    </message>
    <message>
        <location filename="../../ui/based_on_dialog.ui" line="89"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisaties</translation>
    </message>
    <message>
        <location filename="../../ui/based_on_dialog.ui" line="99"/>
        <source>P&amp;eople</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location filename="../../ui/based_on_dialog.ui" line="109"/>
        <source>&amp;Rooms</source>
        <translation>&amp;Zalen</translation>
    </message>
    <message>
        <location filename="../../ui/based_on_dialog.ui" line="119"/>
        <source>&amp;Topic profile</source>
        <translation>&amp;Themaprofiel</translation>
    </message>
</context>
<context>
    <name>BilateralsView</name>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="79"/>
        <source>Bilaterals</source>
        <translation>Bilaterale gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="83"/>
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="84"/>
        <source>Brief</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="85"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="86"/>
        <source>Notes of this meeting</source>
        <translation>Aantekeningen van dit gesprek</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="87"/>
        <source>Meeting mode</source>
        <translation>Gespreksmodus</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="88"/>
        <source>The brief beside a note editor, during the meeting</source>
        <translation>De briefing naast een notitievenster, tijdens het gesprek</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/bilaterals_view.py" line="119"/>
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
    <name>ConferenceDialog</name>
    <message>
        <location filename="../../briefer/gui/conference/conference_dialog.py" line="67"/>
        <source>“{0}” is not a day and its hours, such as 21-11-2024 08:00-23:30</source>
        <translation>“{0}” is geen dag met tijden, zoals 21-11-2024 08:00-23:30</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/conference/conference_dialog.py" line="71"/>
        <source>“{0}”: the day must close after it opens</source>
        <translation>“{0}”: de dag moet later eindigen dan hij begint</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/conference/conference_dialog.py" line="84"/>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/conference/conference_dialog.py" line="112"/>
        <source>The sessions and bilaterals already have times. Keep their local times (09:00 stays 09:00 in the new timezone: they were typed in the wrong one), or keep the moments (the same moments, shown at other hours)?</source>
        <translation>De sessies en bilaterale gesprekken hebben al tijden. Blijven hun lokale tijden gelijk (09:00 blijft 09:00 in de nieuwe tijdzone: ze zijn in de verkeerde tijdzone ingevoerd), of blijven de momenten gelijk (dezelfde momenten, op andere uren getoond)?</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.ui" line="6"/>
        <source>Conference settings</source>
        <translation>Conferentie-instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.ui" line="14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.ui" line="27"/>
        <source>Dutch na&amp;me:</source>
        <translation>Nederlandse naa&amp;m:</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.ui" line="40"/>
        <source>&amp;City:</source>
        <translation>&amp;Stad:</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.ui" line="53"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.ui" line="66"/>
        <source>&amp;First day:</source>
        <translation>Eerste &amp;dag:</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.ui" line="79"/>
        <source>&amp;Last day:</source>
        <translation>La&amp;atste dag:</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.ui" line="92"/>
        <source>&amp;Timezone:</source>
        <translation>&amp;Tijdzone:</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.ui" line="105"/>
        <source>Day &amp;opens:</source>
        <translation>Dag &amp;begint:</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.ui" line="118"/>
        <source>Da&amp;y closes:</source>
        <translation>Dag &amp;eindigt:</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.ui" line="131"/>
        <source>&amp;Days with other hours:</source>
        <translation>Dagen met andere t&amp;ijden:</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.ui" line="146"/>
        <source>One day a line, for example: 21-11-2024 08:00-23:30</source>
        <translation>Eén dag per regel, bijvoorbeeld: 21-11-2024 08:00-23:30</translation>
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
        <location filename="../../briefer/gui/countries/countries_view.py" line="99"/>
        <source>Topic &amp;indicators…</source>
        <translation>&amp;Thema-indicatoren…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/countries_view.py" line="121"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
</context>
<context>
    <name>CountryBriefEditor</name>
    <message>
        <location filename="../../briefer/gui/countries/country_brief_editor.py" line="99"/>
        <source>New country brief</source>
        <translation>Nieuw landendossier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/country_brief_editor.py" line="100"/>
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
        <source>Relations with the Netherlands</source>
        <translation>Betrekkingen met Nederland</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="158"/>
        <source>Messages</source>
        <translation>Boodschappen</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="186"/>
        <source>Key messages</source>
        <translation>Kernboodschappen</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="199"/>
        <source>Talking points</source>
        <translation>Spreekpunten</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="212"/>
        <source>Asks</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="225"/>
        <source>Offers</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="243"/>
        <location filename="../../ui/country_brief_editor.ui" line="271"/>
        <source>Defensive lines</source>
        <translation>Defensieve lijnen</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="289"/>
        <location filename="../../ui/country_brief_editor.ui" line="330"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="317"/>
        <source>Facts</source>
        <translation>Feiten</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="343"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="366"/>
        <source>Histor&amp;y…</source>
        <translation>Ges&amp;chiedenis…</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="380"/>
        <source>&amp;Revert</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../ui/country_brief_editor.ui" line="387"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../briefer/gui/widgets/country_picker.py" line="128"/>
        <source>“{0}” could be {1}: choose one from the list</source>
        <extracomment>Per language: code → &quot;Name (ISO)&quot;, and the same in alphabetical order — worded once, not by every picker at every language switch (each sorted 250 folded names: 10–25 ms of the switch per picker).</extracomment>
        <translation>“{0}” kan {1} zijn: kies een land uit de lijst</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/country_picker.py" line="129"/>
        <source>“{0}” is not a country: choose one from the list</source>
        <translation>“{0}” is geen land: kies een land uit de lijst</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/country_picker.py" line="132"/>
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
        <location filename="../../briefer/gui/startup/draft_recovery.py" line="30"/>
        <source>notes of {0}</source>
        <extracomment>Keys of the drafts the auto-lock writes for record editors (briefer.gui.safety.auto_lock.DRAFT_PREFIX).</extracomment>
        <translation>notities van {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/startup/draft_recovery.py" line="31"/>
        <source>a note</source>
        <translation>een notitie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/startup/draft_recovery.py" line="109"/>
        <source>a new record</source>
        <translation>een nieuw record</translation>
    </message>
</context>
<context>
    <name>EarlierDialog</name>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="55"/>
        <source>{0} at earlier conferences</source>
        <extracomment>True while the earlier conferences are being read; each refresh supersedes the one before.</extracomment>
        <translation>{0} op eerdere conferenties</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="63"/>
        <source>Reading the earlier conferences…</source>
        <translation>Eerdere conferenties worden gelezen…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="105"/>
        <source>There is no Briefer conference in {0}.</source>
        <translation>In {0} staat geen Briefer-conferentie.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="113"/>
        <source>An earlier conference&apos;s data folder</source>
        <translation>De gegevensmap van een eerdere conferentie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="120"/>
        <source>This conference knows no earlier ones. Add an earlier conference&apos;s data folder, or create the next conference based on this one.</source>
        <translation>Deze conferentie kent nog geen eerdere. Voeg de gegevensmap van een eerdere conferentie toe, of maak de volgende conferentie aan op basis van deze.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="126"/>
        <source>Locked: type its passphrase below to read it.</source>
        <translation>Vergrendeld: typ hieronder de wachtwoordzin om de conferentie te lezen.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="133"/>
        <source>Nothing recorded.</source>
        <translation>Niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="135"/>
        <source>Bilaterals</source>
        <translation>Bilaterale gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="142"/>
        <source>Open actions</source>
        <translation>Openstaande acties</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="146"/>
        <source>The brief then ({0}, revision {1})</source>
        <translation>Het landendossier toen ({0}, versie {1})</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="155"/>
        <source>requested</source>
        <translation>aangevraagd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="155"/>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="155"/>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="156"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="156"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="156"/>
        <source>reviewed</source>
        <translation>beoordeeld</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/earlier_dialog.py" line="157"/>
        <source>final</source>
        <translation>definitief</translation>
    </message>
    <message>
        <location filename="../../ui/earlier_dialog.ui" line="6"/>
        <source>At earlier conferences</source>
        <translation>Op eerdere conferenties</translation>
    </message>
    <message>
        <location filename="../../ui/earlier_dialog.ui" line="37"/>
        <source>&amp;Passphrase of a locked conference:</source>
        <translation>&amp;Wachtwoordzin van een vergrendelde conferentie:</translation>
    </message>
    <message>
        <location filename="../../ui/earlier_dialog.ui" line="54"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/earlier_dialog.ui" line="65"/>
        <source>&amp;Add an earlier conference…</source>
        <translation>Eerdere conferentie &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/earlier_dialog.ui" line="79"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="55"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="56"/>
        <source>&amp;Meeting reports…</source>
        <translation>&amp;Verslagen van gesprekken…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="57"/>
        <source>&amp;Action list…</source>
        <translation>&amp;Actielijst…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="58"/>
        <source>&amp;Exchange bundle…</source>
        <translation>&amp;Uitwisselbundel…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="59"/>
        <source>A person&apos;s &amp;calendar (.ics)…</source>
        <translation>Agenda van een &amp;persoon (.ics)…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="60"/>
        <source>Import a b&amp;undle…</source>
        <translation>Een &amp;bundel importeren…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="61"/>
        <source>Import from a s&amp;preadsheet…</source>
        <translation>Uit een s&amp;preadsheet importeren…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="62"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicten…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="91"/>
        <source>Exported: {0}</source>
        <translation>Geëxporteerd: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="93"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="94"/>
        <source>Exporting… {0} of {1} meetings</source>
        <translation>Bezig met exporteren… {0} van {1} gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="101"/>
        <source>{0}: {1}&apos;s calendar — sessions: {2}, bilaterals: {3}</source>
        <translation>{0}: agenda van {1} — sessies: {2}, bilaterale gesprekken: {3}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="104"/>
        <source>{0}: {1} records, {2} bytes</source>
        <translation>{0}: {1} records, {2} bytes</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="106"/>
        <source>{0}: 1 action</source>
        <translation>{0}: 1 actie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="107"/>
        <source>{0}: {1} actions</source>
        <translation>{0}: {1} acties</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="108"/>
        <source>{0}: 1 meeting</source>
        <translation>{0}: 1 gesprek</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="109"/>
        <source>{0}: {1} meetings</source>
        <translation>{0}: {1} gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="113"/>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="141"/>
        <source>Import a bundle</source>
        <translation>Een bundel importeren</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="114"/>
        <source>Briefer bundles (*.briefer);;All files (*)</source>
        <translation>Briefer-bundels (*.briefer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="132"/>
        <source>Nothing to import: this database already holds everything in {0}.</source>
        <translation>Niets te importeren: deze database bevat alles uit {0} al.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="136"/>
        <source>Importing {0} will change this database:

{1} added, {2} updated, {3} conflicts, {4} deleted, {5} kept despite a deletion.

A backup is made first. Import now?</source>
        <translation>Het importeren van {0} wijzigt deze database:

{1} toegevoegd, {2} bijgewerkt, {3} conflicten, {4} verwijderd, {5} behouden ondanks verwijdering.

Eerst wordt een reservekopie gemaakt. Nu importeren?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="144"/>
        <source>Reading the bundle…</source>
        <translation>Bundel lezen…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="158"/>
        <source>Imported {0}: {1} added, {2} updated, {3} conflicts, {4} deleted.</source>
        <translation>{0} geïmporteerd: {1} toegevoegd, {2} bijgewerkt, {3} conflicten, {4} verwijderd.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="164"/>
        <source>Importing {0}…</source>
        <translation>{0} importeren…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/exchange_menu.py" line="183"/>
        <source>Imported from {0}: {1} rows added, {2} updated.</source>
        <translation>Geïmporteerd uit {0}: {1} rijen toegevoegd, {2} bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="73"/>
        <source>Export meeting reports</source>
        <extracomment>what -&gt; (format value, label, file suffix)</extracomment>
        <translation>Verslagen van gesprekken exporteren</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="73"/>
        <source>Export the action list</source>
        <translation>De actielijst exporteren</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="74"/>
        <source>Export an exchange bundle</source>
        <translation>Een uitwisselbundel exporteren</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="74"/>
        <source>Export a person&apos;s calendar</source>
        <translation>De agenda van een persoon exporteren</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="78"/>
        <source>&amp;Person</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="79"/>
        <source>Leave &amp;out classified text (for a shared or phone calendar)</source>
        <translation>Gerubriceerde tekst weg&amp;laten (voor een gedeelde of telefoonagenda)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="80"/>
        <source>Changed since</source>
        <translation>Gewijzigd sinds</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="84"/>
        <source>All meetings</source>
        <translation>Alle gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="85"/>
        <source>With one country</source>
        <translation>Met één land</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="86"/>
        <source>One meeting</source>
        <translation>Eén gesprek</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="169"/>
        <source>Type the date to export changes since.</source>
        <translation>Typ de datum vanaf wanneer de wijzigingen worden geëxporteerd.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="173"/>
        <source>Choose where to save the export.</source>
        <translation>Kies waar de export wordt opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/export_dialog.py" line="176"/>
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
        <location filename="../../briefer/gui/records/history_dialog.py" line="63"/>
        <location filename="../../briefer/gui/records/history_dialog.py" line="64"/>
        <source>History of {0}</source>
        <translation>Geschiedenis van {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/history_dialog.py" line="83"/>
        <source>This is the current version.</source>
        <translation>Dit is de huidige versie.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/history_dialog.py" line="86"/>
        <source>Differences from the current version:</source>
        <translation>Verschillen met de huidige versie:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/history_dialog.py" line="87"/>
        <source>Same content as the current version.</source>
        <translation>Zelfde inhoud als de huidige versie.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/history_dialog.py" line="88"/>
        <source>then</source>
        <translation>toen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/history_dialog.py" line="88"/>
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
        <source>At &amp;earlier conferences…</source>
        <translation>Op &amp;eerdere conferenties…</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="84"/>
        <source>&amp;Restore this version</source>
        <translation>Deze versie &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="91"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="12"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="17"/>
        <source>Point to make</source>
        <translation>Spreekpunt</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="18"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="22"/>
        <source>If asked</source>
        <translation>Indien gevraagd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="23"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="27"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="28"/>
        <source>May be used</source>
        <translation>Bruikbaar</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="32"/>
        <source>Fact</source>
        <translation>Feit</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="32"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="33"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/session_model.py" line="14"/>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="37"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="37"/>
        <source>Publisher</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="38"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="38"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="42"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/recipient_model.py" line="32"/>
        <location filename="../../briefer/gui/today/agenda_model.py" line="16"/>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="43"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/recipient_model.py" line="33"/>
        <location filename="../../briefer/gui/widgets/editor_columns.py" line="44"/>
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
        <location filename="../../briefer/gui/widgets/labels.py" line="79"/>
        <source>Topic indicators</source>
        <translation>Thema-indicatoren</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/recipient_model.py" line="33"/>
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
        <location filename="../../briefer/gui/records/table_models.py" line="258"/>
        <source>no brief</source>
        <extracomment>Columns are sized to fit this many rows, not all of them (thousands would be slow). How long one idle slice of making the rows&apos; search keys may keep the GUI thread (seconds). The list has a filter field: its rows&apos; search keys are made while the GUI is idle. A list without one (Today&apos;s agenda) does not spend its first idle moments on them. Bumped whenever the rows, their order or their words change (a filter&apos;s answers go stale).</extracomment>
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
        <location filename="../../briefer/gui/today/agenda_model.py" line="15"/>
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
        <location filename="../../briefer/gui/actions/action_model.py" line="36"/>
        <location filename="../../briefer/gui/bilaterals/meeting_model.py" line="15"/>
        <location filename="../../briefer/gui/records/revision_model.py" line="15"/>
        <location filename="../../briefer/gui/today/agenda_model.py" line="14"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/meeting_model.py" line="17"/>
        <source>Principal</source>
        <translation>Bewindspersoon</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_model.py" line="39"/>
        <location filename="../../briefer/gui/bilaterals/meeting_model.py" line="15"/>
        <source>Counterpart</source>
        <translation>Gesprekspartner</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_model.py" line="38"/>
        <location filename="../../briefer/gui/bilaterals/meeting_model.py" line="16"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/meeting_model.py" line="16"/>
        <location filename="../../briefer/gui/countries/country_model.py" line="18"/>
        <source>Brief</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/country_model.py" line="18"/>
        <location filename="../../briefer/gui/people/people_models.py" line="15"/>
        <location filename="../../briefer/gui/people/people_models.py" line="39"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/country_model.py" line="19"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/country_model.py" line="19"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/country_model.py" line="20"/>
        <source>Brief updated</source>
        <translation>Dossier bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/country_model.py" line="20"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/recipient_model.py" line="32"/>
        <location filename="../../briefer/gui/people/people_models.py" line="14"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/people/people_models.py" line="14"/>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/people/people_models.py" line="15"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/people/people_models.py" line="16"/>
        <source>Minister</source>
        <translation>Bewindspersoon</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/people/people_models.py" line="39"/>
        <source>Delegation</source>
        <translation>Delegatie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/people/people_models.py" line="40"/>
        <source>Head</source>
        <translation>Hoofd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/people/people_models.py" line="40"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_model.py" line="24"/>
        <source>⚠ Overdue</source>
        <translation>⚠ Te laat</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_model.py" line="25"/>
        <source>Due this week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_model.py" line="26"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_model.py" line="27"/>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_model.py" line="28"/>
        <source>✔ Done</source>
        <translation>✔ Afgerond</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_model.py" line="37"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_model.py" line="37"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/actions/action_model.py" line="36"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/agenda_model.py" line="14"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/agenda_model.py" line="15"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/agenda_model.py" line="27"/>
        <source>Bilateral with {0}</source>
        <translation>Bilateraal met {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/agenda_model.py" line="33"/>
        <source>to be confirmed</source>
        <translation>nog te bevestigen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/recipient_model.py" line="34"/>
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
        <location filename="../../briefer/gui/main_window.py" line="167"/>
        <source>This kind of record has no view of its own.</source>
        <extracomment>stops the start&apos;s integrity check and the day&apos;s backup (``app.check_in_background``): set when the window closes, so neither begins — nor goes on — on a file being closed or replaced</extracomment>
        <translation>Voor dit soort item is er geen eigen overzicht.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="177"/>
        <source>That record could not be shown (filtered out or deleted).</source>
        <translation>Dit item kan niet worden getoond (weggefilterd of verwijderd).</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="245"/>
        <source>Import the programme</source>
        <translation>Programma importeren</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="246"/>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="262"/>
        <source>Programme imported: {0}</source>
        <translation>Programma geïmporteerd: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="264"/>
        <source>Importing the programme…</source>
        <translation>Programma importeren…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="279"/>
        <source>An empty folder for the next conference</source>
        <translation>Een lege map voor de volgende conferentie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="284"/>
        <source>Choose an empty folder for the next conference; {0} is not empty.</source>
        <translation>Kies een lege map voor de volgende conferentie; {0} is niet leeg.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="290"/>
        <source>The next conference is ready in {0}. Open it with: briefer --data-dir &quot;{0}&quot;</source>
        <translation>De volgende conferentie staat klaar in {0}. Open die met: briefer --data-dir &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="315"/>
        <source>Saved: {0}</source>
        <translation>Opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="449"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="449"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="449"/>
        <source>Bilaterals</source>
        <translation>Bilaterale gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="450"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="450"/>
        <source>People &amp; delegations</source>
        <translation>Personen &amp; delegaties</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="451"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="451"/>
        <source>Packs</source>
        <translation>Mappen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="456"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="457"/>
        <source>Se&amp;arch…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="462"/>
        <source>Next conference based on &amp;this one…</source>
        <translation>Volgende conferentie op basis van &amp;deze…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="468"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="458"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="459"/>
        <source>&amp;New in this view</source>
        <translation>&amp;Nieuw in dit overzicht</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="460"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="461"/>
        <source>&amp;Import the programme (.ics)…</source>
        <translation>Programma &amp;importeren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="464"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="465"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="466"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="467"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="469"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="470"/>
        <source>&amp;Conference…</source>
        <translation>&amp;Conferentie…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="471"/>
        <source>&amp;Organisations…</source>
        <translation>&amp;Organisaties…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="472"/>
        <source>&amp;Rooms and venues…</source>
        <translation>&amp;Zalen en locaties…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="473"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="474"/>
        <source>&amp;About Briefer</source>
        <translation>&amp;Over Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="481"/>
        <source>(demo)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="485"/>
        <source>About Briefer</source>
        <translation>Over Briefer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/main_window.py" line="486"/>
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
        <location filename="../../briefer/gui/bilaterals/meeting_brief_editor.py" line="35"/>
        <location filename="../../ui/meeting_brief_editor.ui" line="6"/>
        <location filename="../../ui/meeting_brief_editor.ui" line="12"/>
        <source>Meeting brief</source>
        <translation>Gespreksdossier</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/bilaterals/meeting_brief_editor.py" line="35"/>
        <source>Meeting brief (new — saving creates it)</source>
        <translation>Gespreksdossier (nieuw — opslaan maakt het aan)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="48"/>
        <source>The &amp;point</source>
        <translation>Waar het om &amp;gaat</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="58"/>
        <source>What the minister must get out of this meeting, in one sentence</source>
        <translation>Wat de bewindspersoon uit dit gesprek moet halen, in één zin</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="65"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="78"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="91"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="104"/>
        <source>&amp;Leads the conversation</source>
        <translation>&amp;Voert het woord</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="114"/>
        <source>Who speaks first for our side, when not the principal</source>
        <translation>Wie namens ons het gesprek voert, als dat niet de bewindspersoon is</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="121"/>
        <source>Photo opp&amp;ortunity</source>
        <translation>&amp;Fotomoment</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="131"/>
        <source>e.g. handshake at the start, pool press only</source>
        <translation>bijv. handdruk aan het begin, alleen poolfotograaf</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="138"/>
        <source>Objectives</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="151"/>
        <source>Key messages</source>
        <translation>Kernboodschappen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="164"/>
        <source>Talking points</source>
        <translation>Spreekpunten</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="177"/>
        <source>Expected positions</source>
        <translation>Verwachte standpunten</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="190"/>
        <source>Defensive lines</source>
        <translation>Defensieve lijnen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="203"/>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="222"/>
        <source>Histor&amp;y…</source>
        <translation>Ges&amp;chiedenis…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="236"/>
        <source>&amp;Revert</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_brief_editor.ui" line="243"/>
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
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="130"/>
        <source>Unsaved text recovered from the autosave.</source>
        <extracomment>Autosave delay: a crash loses at most this much typing.</extracomment>
        <translation>Niet-opgeslagen tekst teruggehaald uit de automatische opslag.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="137"/>
        <source>The point: {0}</source>
        <translation>Waar het om gaat: {0}</translation>
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
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="284"/>
        <source>Saved {0}</source>
        <translation>Opgeslagen {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="328"/>
        <location filename="../../ui/meeting_mode.ui" line="5"/>
        <source>Meeting mode</source>
        <translation>Gespreksmodus</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="329"/>
        <source>The note could not be saved; it is kept in the autosave. Close anyway?</source>
        <translation>De notitie kon niet worden opgeslagen; ze blijft bewaard in de automatische opslag. Toch sluiten?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="353"/>
        <source>Saved elsewhere: {0} (not in the database)</source>
        <translation>Elders opgeslagen: {0} (niet in de database)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="469"/>
        <source>Ctrl+Shift+A: a follow-up action from the current line</source>
        <translation>Ctrl+Shift+A: een vervolgactie uit de huidige regel</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="470"/>
        <source>Ctrl+Shift+O: an outcome against an objective</source>
        <translation>Ctrl+Shift+O: een resultaat bij een doel</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="471"/>
        <source>Alt+1 … Alt+9 ticks point 1 … 9</source>
        <translation>Alt+1 … Alt+9 vinkt punt 1 … 9 af</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/meeting_mode/meeting_mode.py" line="472"/>
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
        <location filename="../../ui/meeting_mode.ui" line="26"/>
        <source>Objectives</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="28"/>
        <source>Key messages</source>
        <translation>Kernboodschappen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="30"/>
        <source>&amp;Talking points (tick them off as they are raised)</source>
        <translation>&amp;Gesprekspunten (afvinken zodra ze aan bod komen)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="32"/>
        <source>Defensive lines</source>
        <translation>Defensieve lijnen</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="39"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="43"/>
        <source>Follow-up &amp;action…</source>
        <translation>Vervolg&amp;actie…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="44"/>
        <source>&amp;Outcome…</source>
        <translation>&amp;Resultaat…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.ui" line="49"/>
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
    <name>NextConferenceDialog</name>
    <message>
        <location filename="../../briefer/gui/startup/next_conference.py" line="37"/>
        <source>Next conference based on this one</source>
        <translation>Volgende conferentie op basis van deze</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/startup/next_conference.py" line="38"/>
        <source>The next conference</source>
        <translation>De volgende conferentie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/startup/next_conference.py" line="39"/>
        <source>It is created in {0}. Type its name, dates and place, then choose what comes along from this conference.</source>
        <translation>Ze wordt aangemaakt in {0}. Typ de naam, de data en de plaats, en kies dan wat er uit deze conferentie mee overgaat.</translation>
    </message>
</context>
<context>
    <name>OnePageBrief</name>
    <message>
        <location filename="../../briefer/gui/meeting_mode/one_page_brief.py" line="60"/>
        <source>printed on {0}</source>
        <translation>afgedrukt op {0}</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <location filename="../../briefer/gui/conference/organisations_dialog.py" line="27"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="6"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="19"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="26"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="41"/>
        <source>Name (&amp;English):</source>
        <translation>Naam (&amp;Engels):</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="54"/>
        <source>Name (D&amp;utch):</source>
        <translation>Naam (Ne&amp;derlands):</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="67"/>
        <source>&amp;Acronym:</source>
        <translation>&amp;Afkorting:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="80"/>
        <source>Titles use the a&amp;cronym (“Bilateral with FAO”)</source>
        <translation>Titels gebruiken de af&amp;korting (“Bilateraal met FAO”)</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="87"/>
        <source>English ar&amp;ticle:</source>
        <translation>Engels &amp;lidwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="100"/>
        <source>Dutch art&amp;icle:</source>
        <translation>Nederlands lid&amp;woord:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="113"/>
        <source>T&amp;ype:</source>
        <translation>Soo&amp;rt:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="126"/>
        <source>In a title:</source>
        <translation>In een titel:</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="157"/>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="160"/>
        <source>The saved versions of this organisation</source>
        <translation>De opgeslagen versies van deze organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="167"/>
        <source>At ea&amp;rlier conferences…</source>
        <translation>Op eerdere &amp;conferenties…</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="170"/>
        <source>Bilaterals, outcomes and open actions with this organisation at earlier conferences</source>
        <translation>Bilaterale gesprekken, uitkomsten en openstaande acties met deze organisatie op eerdere conferenties</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="177"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_dialog.ui" line="184"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PacksView</name>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="56"/>
        <source>Programme</source>
        <extracomment>The sections a user may leave out, with their names in the interface.</extracomment>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="57"/>
        <source>Bilateral meetings</source>
        <translation>Bilaterale gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="58"/>
        <source>Country briefs</source>
        <translation>Landendossiers</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="59"/>
        <source>Biographies</source>
        <translation>Biografieën</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="60"/>
        <source>Attached documents</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="61"/>
        <source>Speaking notes</source>
        <translation>Spreekteksten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="62"/>
        <source>Contacts</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="160"/>
        <source>Loading…</source>
        <extracomment>part key → (first, last page), kept in the register so a later addendum can say what it replaces Tables whose size decides whether the recipients are read on a worker (as big lists are). What the child process runs (``briefer.packs.apart.build`` when None): tests give their own.</extracomment>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="196"/>
        <source>{0} people can receive a pack.</source>
        <translation>{0} personen kunnen een map krijgen.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="201"/>
        <source>The pack for {0}: the programme ({1} sessions) and {2} bilaterals</source>
        <translation>De map voor {0}: het programma ({1} sessies) en {2} bilaterale gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="216"/>
        <source>pack</source>
        <translation>map</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="216"/>
        <source>meeting brief</source>
        <translation>gespreksnotitie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="216"/>
        <source>addendum</source>
        <translation>addendum</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="221"/>
        <source>(since {0})</source>
        <translation>(sinds {0})</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="293"/>
        <source>choose at least one section</source>
        <translation>kies ten minste één onderdeel</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="331"/>
        <source>Nothing has changed since copy {0}.</source>
        <translation>Er is niets veranderd sinds exemplaar {0}.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="351"/>
        <source>Building was cancelled; nothing was made.</source>
        <translation>Het maken is afgebroken; er is niets gemaakt.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="359"/>
        <location filename="../../ui/packs_view.ui" line="66"/>
        <source>No pack built yet.</source>
        <translation>Nog geen map gemaakt.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="361"/>
        <source>Pack</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="361"/>
        <source>Meeting brief</source>
        <translation>Gespreksnotitie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="362"/>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="363"/>
        <source>{0} for {1}: {2} pages, copy {3}, version {4}</source>
        <translation>{0} voor {1}: {2} pagina&apos;s, exemplaar {3}, versie {4}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="365"/>
        <source>printed or saved</source>
        <translation>afgedrukt of bewaard</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="365"/>
        <source>not yet printed</source>
        <translation>nog niet afgedrukt</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="367"/>
        <source>{0} parts changed since copy {1}.</source>
        <translation>{0} onderdelen gewijzigd sinds exemplaar {1}.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="369"/>
        <source>Warning: the pack font cannot print {0}; they show as boxes.</source>
        <translation>Let op: het lettertype van de map kan {0} niet afdrukken; deze tekens verschijnen als vakjes.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="406"/>
        <source>printed on {0}</source>
        <translation>afgedrukt op {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="406"/>
        <source>the printer</source>
        <translation>de printer</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="411"/>
        <source>Save the pack</source>
        <translation>Map opslaan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="411"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="430"/>
        <source>Saved: {0} ({1} pages).</source>
        <translation>Bewaard: {0} ({1} pagina&apos;s).</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="441"/>
        <source>Highest of the content</source>
        <translation>Hoogste van de inhoud</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="446"/>
        <source>Copy</source>
        <translation>Exemplaar</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="446"/>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="446"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="446"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="446"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="447"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="447"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/packs/packs_view.py" line="448"/>
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
        <location filename="../../briefer/gui/widgets/fields.py" line="185"/>
        <location filename="../../briefer/gui/widgets/fields.py" line="242"/>
        <source>Add a person…</source>
        <translation>Persoon toevoegen…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/fields.py" line="188"/>
        <location filename="../../briefer/gui/widgets/fields.py" line="240"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/fields.py" line="189"/>
        <location filename="../../briefer/gui/widgets/fields.py" line="241"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/fields.py" line="206"/>
        <source>Add a person to {0}</source>
        <translation>Een persoon toevoegen aan {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/fields.py" line="207"/>
        <source>Add to {0}</source>
        <translation>Toevoegen aan {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/fields.py" line="208"/>
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
        <location filename="../../briefer/gui/people/person_editor.py" line="45"/>
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
        <source>Form of address (English)</source>
        <translation>Aanspreekvorm (Engels)</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="58"/>
        <source>H.E., Dr, Prof.</source>
        <translation>H.E., Dr, Prof.</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="65"/>
        <source>Form of address (Dutch)</source>
        <translation>Aanspreekvorm (Nederlands)</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="75"/>
        <source>Z.E. (a man), H.E. (a woman), dr., prof.</source>
        <translation>Z.E. (een man), H.E. (een vrouw), dr., prof.</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="82"/>
        <source>&amp;Given name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="95"/>
        <source>Fa&amp;mily name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="108"/>
        <source>Name order</source>
        <translation>Naamvolgorde</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="118"/>
        <source>Family name first</source>
        <translation>Achternaam eerst</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="121"/>
        <source>As its bearer writes it: Nguyễn Thị Hương, Yamada Tarō, Xi Jinping</source>
        <translation>Zoals de drager de naam schrijft: Nguyễn Thị Hương, Yamada Tarō, Xi Jinping</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="128"/>
        <source>Name in own script</source>
        <translation>Naam in eigen schrift</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="138"/>
        <source>山田太郎, Юлія Коваленко</source>
        <translation>山田太郎, Юлія Коваленко</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="145"/>
        <source>Pronunciation</source>
        <translation>Uitspraak</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="155"/>
        <source>NWIN tee HUONG</source>
        <translation>NWIN tie HOEONG</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="162"/>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="175"/>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="188"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="201"/>
        <source>Minister&apos;s title</source>
        <translation>Titel bewindspersoon</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="214"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="227"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="240"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="253"/>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="276"/>
        <source>Histor&amp;y…</source>
        <translation>Ges&amp;chiedenis…</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="290"/>
        <source>&amp;Revert</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.ui" line="297"/>
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
        <location filename="../../ui/programme_view.ui" line="43"/>
        <source>Open the &amp;bilateral</source>
        <translation>Bilateraal &amp;openen</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="38"/>
        <source>Drag a bilateral to another time or room; double-click it to type the time. Conflicts show in red with ✖ (cannot work) or orange with ⚠ (needs attention).</source>
        <translation>Sleep een bilateraal naar een ander tijdstip of een andere zaal; dubbelklik om de tijd in te typen. Conflicten worden rood met ✖ (gaat niet) of oranje met ⚠ (let op) getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="11"/>
        <source>T&amp;imetable</source>
        <translation>Tijdschem&amp;a</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="16"/>
        <source>Previous day</source>
        <translation>Vorige dag</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="18"/>
        <source>Next day</source>
        <translation>Volgende dag</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="19"/>
        <source>Jump to &amp;now</source>
        <translation>Naar n&amp;u</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="20"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolommen:</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="42"/>
        <source>Edit time and &amp;room…</source>
        <translation>Tijd en &amp;zaal wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="48"/>
        <source>Free slots</source>
        <translation>Vrije tijdstippen</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="53"/>
        <source>Find a free s&amp;lot</source>
        <translation>&amp;Vrij tijdstip zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.ui" line="55"/>
        <source>&amp;Move to this slot</source>
        <translation>&amp;Naar dit tijdstip verplaatsen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="255"/>
        <source>Bilateral: {0}</source>
        <extracomment>the worst severity of a finding per item id Tables whose size decides whether the timetable is made on a worker. The timetable (and the sessions list) are shown.</extracomment>
        <translation>Bilateraal: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="264"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="328"/>
        <source>The conference has not begun: this is its first day, {0}.</source>
        <translation>De conferentie is nog niet begonnen: dit is de eerste dag, {0}.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="330"/>
        <source>The conference is over: this is its last day, {0}.</source>
        <translation>De conferentie is voorbij: dit is de laatste dag, {0}.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="354"/>
        <source>No room</source>
        <translation>Geen zaal</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="382"/>
        <source>Choose a bilateral.</source>
        <translation>Kies een bilateraal.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="401"/>
        <source>No conflicts.</source>
        <translation>Geen conflicten.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="401"/>
        <source>Cannot work:</source>
        <translation>Gaat niet:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="401"/>
        <source>Needs attention:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="426"/>
        <source>Moved there, “{0}” would clash:
{1}

Move it anyway?</source>
        <translation>Daarheen verplaatst botst “{0}”:
{1}

Toch verplaatsen?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="428"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="470"/>
        <source>no room</source>
        <translation>geen zaal</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="480"/>
        <source>No free slot was found.</source>
        <translation>Er is geen vrij tijdstip gevonden.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="482"/>
        <source>Times passed over:</source>
        <translation>Overgeslagen tijden:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="533"/>
        <source>Sessi&amp;ons</source>
        <translation>&amp;Sessies</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="534"/>
        <source>Timetable</source>
        <translation>Tijdschema</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="535"/>
        <source>Rooms</source>
        <translation>Zalen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="536"/>
        <source>People of the delegation</source>
        <translation>Leden van de delegatie</translation>
    </message>
</context>
<context>
    <name>ReadOrEdit</name>
    <message>
        <location filename="../../briefer/gui/records/read_or_edit.py" line="131"/>
        <source>Edit ({0})</source>
        <translation>Bewerken ({0})</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/read_or_edit.py" line="132"/>
        <source>Edit this brief; the same key shows it as a page again</source>
        <translation>Dit dossier bewerken; dezelfde toets toont het weer als pagina</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/read_or_edit.py" line="134"/>
        <source>Read ({0})</source>
        <translation>Lezen ({0})</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/read_or_edit.py" line="135"/>
        <source>Read this brief as one page, as the pack prints it</source>
        <translation>Dit dossier lezen als één pagina, zoals de map het afdrukt</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/read_or_edit.py" line="140"/>
        <source>The brief as one page</source>
        <translation>Het dossier als één pagina</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../briefer/gui/records/record_list.py" line="121"/>
        <source>Filter: {0}</source>
        <translation>Filter: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/record_list.py" line="232"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/record_list.py" line="238"/>
        <source>{0} items</source>
        <translation>{0} items</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/record_list.py" line="238"/>
        <source>1 item</source>
        <translation>1 item</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/record_list.py" line="236"/>
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
        <location filename="../../briefer/gui/records/record_page.py" line="221"/>
        <source>Delete</source>
        <extracomment>A list whose tables hold more rows than this is read on a worker; a smaller one at once (no flash of &quot;Loading…&quot; for the usual few hundred records). Store tables whose records this page shows (search results are routed by them). Tables whose row count decides whether the list is read in the background (empty: never). The names the list and the editors&apos; pickers need, read with the rows. The rows of a refresh are shown (at once, or when the worker has answered).</extracomment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/records/record_page.py" line="222"/>
        <source>Delete “{0}”? You can undo this with Ctrl+Z.</source>
        <translation>“{0}” verwijderen? Met Ctrl+Z maakt u dit ongedaan.</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <location filename="../../briefer/gui/conference/reference_dialog.py" line="125"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/conference/reference_dialog.py" line="126"/>
        <source>Delete “{0}”?</source>
        <translation>“{0}” verwijderen?</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../briefer/gui/conference/rooms_dialog.py" line="30"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/conference/rooms_dialog.py" line="32"/>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/conference/rooms_dialog.py" line="32"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/conference/rooms_dialog.py" line="87"/>
        <source>“{0}” minutes to {1} is not a whole number</source>
        <translation>“{0}” minuten naar {1} is geen geheel getal</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_dialog.ui" line="6"/>
        <source>Rooms and venues</source>
        <translation>Zalen en locaties</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_dialog.ui" line="19"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_dialog.ui" line="26"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_dialog.ui" line="41"/>
        <source>Na&amp;me:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_dialog.ui" line="54"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_dialog.ui" line="67"/>
        <source>&amp;Floor:</source>
        <translation>Verdie&amp;ping:</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_dialog.ui" line="80"/>
        <source>&amp;Kind:</source>
        <translation>Soo&amp;rt:</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_dialog.ui" line="93"/>
        <source>S&amp;eats:</source>
        <translation>&amp;Zitplaatsen:</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_dialog.ui" line="106"/>
        <source>Fit for &amp;bilaterals (free slots are proposed only in these rooms)</source>
        <translation>Geschikt voor &amp;bilaterale gesprekken (vrije tijden worden alleen in deze zalen voorgesteld)</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_dialog.ui" line="113"/>
        <source>Has &amp;interpretation booths</source>
        <translation>Heeft &amp;tolkcabines</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_dialog.ui" line="122"/>
        <source>&amp;Walking minutes to the other rooms (empty: the venue&apos;s default):</source>
        <translation>Loopt&amp;ijd in minuten naar de andere zalen (leeg: de standaardtijd van de locatie):</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_dialog.ui" line="150"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_dialog.ui" line="157"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="45"/>
        <source>&amp;Lock now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="46"/>
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="47"/>
        <source>&amp;Restore a backup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="48"/>
        <source>&amp;Auto-lock…</source>
        <translation>&amp;Automatisch vergrendelen…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="50"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Wachtwoordzin w&amp;ijzigen…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="51"/>
        <source>&amp;Encrypt the database…</source>
        <translation>Database &amp;versleutelen…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="70"/>
        <source>Backed up: {0}</source>
        <translation>Reservekopie gemaakt: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="73"/>
        <source>Backing up…</source>
        <translation>Reservekopie maken…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="85"/>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/safety/safety_actions.py" line="83"/>
        <source>Replace the database with the backup {0}? The database as it is now is backed up first.</source>
        <translation>De database vervangen door de reservekopie {0}? Van de database zoals die nu is wordt eerst een reservekopie gemaakt.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="299"/>
        <source>{0} results — Enter opens the selected one.</source>
        <translation>{0} resultaten — Enter opent het gekozen resultaat.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="300"/>
        <location filename="../../briefer/gui/search_dialog.py" line="309"/>
        <source>Searching earlier conferences…</source>
        <translation>Eerdere conferenties worden doorzocht…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="301"/>
        <source>Nothing found for “{0}”.</source>
        <translation>Niets gevonden voor “{0}”.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="302"/>
        <location filename="../../ui/search_dialog.ui" line="83"/>
        <source>Type to search; Enter opens the selected result; Esc closes.</source>
        <translation>Typ om te zoeken; Enter opent het gekozen resultaat; Esc sluit.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="315"/>
        <source>Earlier conference in {0}</source>
        <translation>Eerdere conferentie in {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="316"/>
        <source>Earlier conferences</source>
        <translation>Eerdere conferenties</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="319"/>
        <source>Earlier ({0}): {1}</source>
        <translation>Eerder ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="321"/>
        <source>Earlier: {0}</source>
        <translation>Eerder: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="326"/>
        <source>That passphrase did not open it — press Enter to try again.</source>
        <translation>Met die wachtwoordzin ging de conferentie niet open — druk op Enter om het opnieuw te proberen.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="327"/>
        <source>Locked (encrypted) — press Enter to type its passphrase.</source>
        <translation>Vergrendeld (versleuteld) — druk op Enter om de wachtwoordzin te typen.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="333"/>
        <source>Not read: {0}</source>
        <translation>Niet gelezen: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="338"/>
        <source>Nothing found there.</source>
        <translation>Daar niets gevonden.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="359"/>
        <location filename="../../briefer/gui/search_dialog.py" line="369"/>
        <source>Brief: {0}</source>
        <translation>Dossier: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="432"/>
        <source>At an earlier conference</source>
        <translation>Op een eerdere conferentie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="357"/>
        <location filename="../../briefer/gui/search_dialog.py" line="375"/>
        <source>Outcome of {0}</source>
        <translation>Uitkomst van {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="297"/>
        <source>{0} results here, {1} at earlier conferences — Enter opens the selected one.</source>
        <extracomment>each earlier conference&apos;s matches for ``_earlier_text`` (None: not asked, or under way)</extracomment>
        <translation>{0} resultaten hier, {1} op eerdere conferenties — Enter opent het gekozen resultaat.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/search_dialog.py" line="361"/>
        <location filename="../../briefer/gui/search_dialog.py" line="377"/>
        <source>Note by {0}</source>
        <translation>Aantekening van {0}</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.ui" line="6"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.ui" line="22"/>
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.ui" line="25"/>
        <source>Search people, countries, briefs, meetings, notes…</source>
        <translation>Zoek personen, landen, dossiers, gesprekken, aantekeningen…</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.ui" line="35"/>
        <source>Order of the results</source>
        <translation>Volgorde van de resultaten</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.ui" line="39"/>
        <source>Best match first</source>
        <translation>Beste overeenkomst eerst</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.ui" line="44"/>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.ui" line="52"/>
        <source>Include earlier conferences</source>
        <translation>Ook eerdere conferenties</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.ui" line="55"/>
        <source>Also search the earlier conferences this one knows (read only, never changed)</source>
        <translation>Zoek ook in de eerdere conferenties die deze conferentie kent (alleen lezen, er verandert niets)</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.ui" line="64"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../briefer/gui/programme/session_editor.py" line="51"/>
        <source>chair</source>
        <translation>voorzitter</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/session_editor.py" line="74"/>
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
        <source>Speaking notes</source>
        <translation>Spreektekst</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="182"/>
        <source>Classification</source>
        <translation>Rubricering</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="201"/>
        <source>Histor&amp;y…</source>
        <translation>Ges&amp;chiedenis…</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="215"/>
        <source>&amp;Revert</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.ui" line="222"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../briefer/gui/programme/programme_view.py" line="61"/>
        <source>Programme</source>
        <extracomment>What makes a slot not free: someone or the room taken, no time to walk, outside the conference.</extracomment>
        <translation>Programma</translation>
    </message>
</context>
<context>
    <name>SpeakerNotesEditor</name>
    <message>
        <location filename="../../briefer/gui/widgets/speaker_notes_editor.py" line="116"/>
        <source>&amp;Which speaker:</source>
        <translation>Welke spre&amp;ker:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/speaker_notes_editor.py" line="117"/>
        <source>Speaking &amp;part:</source>
        <translation>S&amp;preekrol:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/speaker_notes_editor.py" line="118"/>
        <source>What this speaker does, e.g. country statement, 3 min</source>
        <translation>Wat deze spreker doet, bijvoorbeeld landenverklaring, 3 min</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/widgets/speaker_notes_editor.py" line="119"/>
        <source>Add a speaker or a chair first: speaking notes belong to the person who speaks.</source>
        <translation>Voeg eerst een spreker of voorzitter toe: spreekteksten horen bij wie spreekt.</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="43"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="43"/>
        <source>Delegation members (people and their roles)</source>
        <translation>Delegatieleden (personen en hun rol)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="44"/>
        <source>Countries and their briefs</source>
        <translation>Landen en hun landenoverzichten</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="44"/>
        <source>Bilateral meetings</source>
        <translation>Bilaterale gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="45"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="45"/>
        <source>Rooms</source>
        <translation>Zalen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="49"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="49"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="49"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="49"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="61"/>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="70"/>
        <location filename="../../ui/table_import_dialog.ui" line="5"/>
        <source>Import from a spreadsheet</source>
        <translation>Uit een spreadsheet importeren</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="71"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="107"/>
        <source>Reading {0}…</source>
        <translation>{0} wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="122"/>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="124"/>
        <source>This file cannot be imported: {0}</source>
        <translation>Dit bestand kan niet worden geïmporteerd: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="132"/>
        <source>add</source>
        <translation>toevoegen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="132"/>
        <source>update</source>
        <translation>bijwerken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="132"/>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="133"/>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="146"/>
        <source>{0} to add, {1} to update, {2} unchanged, {3} refused</source>
        <translation>{0} toe te voegen, {1} bij te werken, {2} ongewijzigd, {3} geweigerd</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="151"/>
        <source>the refused rows are left out; correct them in the sheet and import the file again later (that updates, never duplicates).</source>
        <translation>de geweigerde rijen worden overgeslagen; verbeter ze in het blad en importeer het bestand later opnieuw (dat werkt bij, zonder dubbele gegevens).</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="155"/>
        <source>correct the refused rows in the sheet and choose the file again; nothing is imported while a row is refused.</source>
        <translation>verbeter de geweigerde rijen in het blad en kies het bestand opnieuw; zolang een rij is geweigerd, wordt niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="159"/>
        <source>nothing to import.</source>
        <translation>niets te importeren.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="162"/>
        <source>a backup is made first.</source>
        <translation>eerst wordt een reservekopie gemaakt.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="185"/>
        <source>Nothing was imported: {0}</source>
        <translation>Er is niets geïmporteerd: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="198"/>
        <source>Save a template</source>
        <translation>Sjabloon opslaan</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="199"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="206"/>
        <source>The template was not saved: {0}</source>
        <translation>Het sjabloon is niet opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/exchange/table_import_dialog.py" line="209"/>
        <source>Template saved: {0}</source>
        <translation>Sjabloon opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="8"/>
        <source>Choose what the sheet holds and the file (.xlsx or .csv). Every row is shown first: add, update, unchanged or refused. Nothing is written until you import, and then all rows or none.</source>
        <translation>Kies wat het blad bevat en het bestand (.xlsx of .csv). Eerst ziet u elke rij: toevoegen, bijwerken, ongewijzigd of geweigerd. Er wordt pas iets opgeslagen als u importeert, en dan alle rijen of geen.</translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="11"/>
        <source>&amp;What the sheet holds</source>
        <translation>&amp;Wat het blad bevat</translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="13"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="17"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="23"/>
        <source>Rows of the sheet</source>
        <translation>Rijen van het blad</translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="24"/>
        <source>Conflicts in the programme after this import</source>
        <translation>Conflicten in het programma na deze import</translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="26"/>
        <source>&amp;Leave out the refused rows and import the others</source>
        <translation>Geweigerde rijen &amp;overslaan en de andere importeren</translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="29"/>
        <source>Save a &amp;template…</source>
        <translation>&amp;Sjabloon opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="31"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="32"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>TimetableCanvas</name>
    <message>
        <location filename="../../briefer/gui/programme/timetable.py" line="234"/>
        <source>Cannot work:</source>
        <extracomment>What hovering the header shows: the whole name, with its native script and position. (the meeting as stored, the meeting at its new time/room, the findings it would have) findings of the candidate while dragging (empty list when it fits)</extracomment>
        <translation>Gaat niet:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/programme/timetable.py" line="234"/>
        <source>Needs attention:</source>
        <translation>Let op:</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="182"/>
        <source>Rehearsing: the app&apos;s clock is set to {0}, {1}.</source>
        <translation>Oefening: de klok van de app staat op {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="185"/>
        <source>The conference has not begun. Rehearse a moment of it:</source>
        <translation>De conferentie is nog niet begonnen. Oefen een moment ervan:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="187"/>
        <source>The conference is over. Rehearse a moment of it:</source>
        <translation>De conferentie is voorbij. Oefen een moment ervan:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="209"/>
        <source>Next items from now ({0}).</source>
        <translation>Wat er vanaf nu volgt ({0}).</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="211"/>
        <source>The conference starts on {0}; showing everything from the first day.</source>
        <translation>De conferentie begint op {0}; alles vanaf de eerste dag wordt getoond.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="213"/>
        <source>The conference is over; showing the whole programme.</source>
        <translation>De conferentie is voorbij; het hele programma wordt getoond.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="222"/>
        <source>No minister or Dutch delegation member is recorded yet.</source>
        <translation>Er is nog geen bewindspersoon of Nederlands delegatielid vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="223"/>
        <source>Today shows the day of a minister or a member of the delegation. Record them in People and add them to the delegation.</source>
        <translation>Vandaag toont de dag van een minister of een lid van de delegatie. Leg hen vast bij Personen en voeg hen toe aan de delegatie.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="248"/>
        <location filename="../../briefer/gui/today/today_view.py" line="322"/>
        <source>Nothing more is planned.</source>
        <translation>Er staat niets meer gepland.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="260"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="307"/>
        <source>Bilateral with {0}</source>
        <translation>Bilateraal met {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="308"/>
        <location filename="../../briefer/gui/today/today_view.py" line="350"/>
        <location filename="../../briefer/gui/today/today_view.py" line="373"/>
        <source>room to be confirmed</source>
        <translation>zaal nog te bevestigen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="317"/>
        <source>Nothing on right now.</source>
        <translation>Op dit moment niets.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="330"/>
        <source>The point: {0}</source>
        <translation>Waar het om gaat: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="332"/>
        <source>Objective: {0}</source>
        <translation>Doel: {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="341"/>
        <source>No bilateral is planned from now on for {0}. Plan one in Bilaterals, or choose another person above.</source>
        <translation>Voor {0} staat vanaf nu geen bilateraal gesprek meer gepland. Plan er een bij Bilaterale gesprekken, of kies hierboven een andere persoon.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="225"/>
        <source>&amp;Go to People</source>
        <translation>&amp;Naar Personen &amp; delegaties</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="344"/>
        <source>&amp;Go to Bilaterals</source>
        <translation>&amp;Naar Bilaterale gesprekken</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="348"/>
        <source>On now</source>
        <translation>Nu bezig</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="348"/>
        <source>Next bilateral</source>
        <translation>Volgend bilateraal gesprek</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="360"/>
        <source>No brief has been written for this meeting yet: “Open the meeting brief” starts one.</source>
        <translation>Voor dit gesprek is nog geen briefing geschreven: met ‘Gespreksbriefing openen’ begint u er een.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="368"/>
        <source>The first item of the day.</source>
        <translation>Het eerste onderdeel van de dag.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="371"/>
        <source>After {0} ({1} min between them).</source>
        <translation>Na {0} ({1} min ertussen).</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="372"/>
        <source>{0} min walk from {1} ({2}); {3} min between them.</source>
        <translation>{0} min lopen vanaf {1} ({2}); {3} min ertussen.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="395"/>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="400"/>
        <source>on {0}</source>
        <translation>op {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="402"/>
        <source>in {0}</source>
        <translation>over {0}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="416"/>
        <source>⚠ {0} in this day&apos;s programme:</source>
        <translation>⚠ {0} in het programma van deze dag:</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="420"/>
        <source>… and {0} more (see the Programme view).</source>
        <translation>… en nog {0} (zie Programma).</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="447"/>
        <source>No bilateral to open.</source>
        <translation>Geen bilateraal om te openen.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/today/today_view.py" line="451"/>
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
        <location filename="../../ui/today_view.ui" line="29"/>
        <source>Moment to rehearse</source>
        <translation>Moment om te oefenen</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="30"/>
        <source>&amp;Rehearse this moment</source>
        <translation>Dit mo&amp;ment oefenen</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="30"/>
        <source>Set the app&apos;s clock to this moment, to walk through the day before it happens</source>
        <translation>Zet de klok van de app op dit moment, om de dag door te lopen voordat die plaatsvindt</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="31"/>
        <source>Back to the real &amp;time</source>
        <translation>Terug naar de werkelijke &amp;tijd</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="47"/>
        <source>Pocket card</source>
        <translation>Zakkaart</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="54"/>
        <source>One-page brief</source>
        <translation>Eénpagina-briefing</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="62"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="64"/>
        <source>Next</source>
        <translation>Hierna</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="73"/>
        <source>Open the meeting &amp;brief</source>
        <translation>Gespreksbriefing &amp;openen</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="74"/>
        <source>&amp;Print the one-page brief…</source>
        <translation>&amp;Eénpagina-briefing afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="75"/>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Gespreksmodus</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.ui" line="82"/>
        <source>Programme for the day</source>
        <translation>Programma van de dag</translation>
    </message>
</context>
<context>
    <name>TopicFields</name>
    <message>
        <location filename="../../briefer/gui/countries/topic_fields.py" line="36"/>
        <source>— not known —</source>
        <translation>— onbekend —</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_fields.py" line="47"/>
        <source>a year, e.g. 2050</source>
        <translation>een jaartal, bijv. 2050</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_fields.py" line="48"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_fields.py" line="53"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_fields.py" line="54"/>
        <source>{0}: source</source>
        <translation>{0}: bron</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_fields.py" line="56"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_fields.py" line="58"/>
        <source>{0}: year of the value</source>
        <translation>{0}: jaar van de waarde</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_fields.py" line="111"/>
        <source>{0}: “{1}” is not a year such as 2050</source>
        <translation>{0}: ‘{1}’ is geen jaartal zoals 2050</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_fields.py" line="112"/>
        <source>{0}: “{1}” is not a number such as 42 or 3.5</source>
        <translation>{0}: ‘{1}’ is geen getal zoals 42 of 3,5</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_fields.py" line="116"/>
        <source>{0}: “{1}” is not a year such as 2024</source>
        <translation>{0}: ‘{1}’ is geen jaartal zoals 2024</translation>
    </message>
</context>
<context>
    <name>TopicProfilesDialog</name>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="57"/>
        <source>English name</source>
        <translation>Engelse naam</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="57"/>
        <source>Dutch name</source>
        <translation>Nederlandse naam</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="57"/>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="105"/>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="57"/>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="57"/>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="58"/>
        <source>In briefs</source>
        <translation>In dossiers</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="58"/>
        <source>In list</source>
        <translation>In lijst</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="61"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="61"/>
        <source>levels</source>
        <translation>niveaus</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="61"/>
        <source>yes/no</source>
        <translation>ja/nee</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="62"/>
        <source>year</source>
        <translation>jaartal</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="62"/>
        <source>number</source>
        <translation>getal</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="141"/>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="153"/>
        <source>Row {0}: {1}</source>
        <translation>Rij {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="180"/>
        <source>“{0}” has values for {1} countries; clear them before removing the indicator</source>
        <translation>‘{0}’ heeft waarden voor {1} landen; maak die eerst leeg voordat u de indicator verwijdert</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="204"/>
        <source>Delete the topic profile “{0}” and the values of {1} countries?</source>
        <translation>Het themaprofiel ‘{0}’ en de waarden van {1} landen verwijderen?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="206"/>
        <source>Delete the topic profile “{0}”?</source>
        <translation>Het themaprofiel ‘{0}’ verwijderen?</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/countries/topic_profiles_dialog.py" line="207"/>
        <source>Delete topic profile</source>
        <translation>Themaprofiel verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/topic_profiles_dialog.ui" line="6"/>
        <source>Topic indicators</source>
        <translation>Thema-indicatoren</translation>
    </message>
    <message>
        <location filename="../../ui/topic_profiles_dialog.ui" line="12"/>
        <source>What every country brief of this conference tracks. Each indicator gets a field in the country briefs and a section in the packs; levels are typed as CODE=text, Dutch after a bar, separated by semicolons (A=No plan|Geen plan; B=…).</source>
        <translation>Wat elk landendossier van deze conferentie bijhoudt. Elke indicator krijgt een veld in de landendossiers en een paragraaf in de mappen; niveaus typt u als CODE=tekst, de Nederlandse tekst na een streep, gescheiden door puntkomma’s (A=No plan|Geen plan; B=…).</translation>
    </message>
    <message>
        <location filename="../../ui/topic_profiles_dialog.ui" line="37"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profiel</translation>
    </message>
    <message>
        <location filename="../../ui/topic_profiles_dialog.ui" line="50"/>
        <source>N&amp;ew profile</source>
        <translation>Nieu&amp;w profiel</translation>
    </message>
    <message>
        <location filename="../../ui/topic_profiles_dialog.ui" line="57"/>
        <source>Delete profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/topic_profiles_dialog.ui" line="68"/>
        <source>Name (&amp;English)</source>
        <translation>Naam (&amp;Engels)</translation>
    </message>
    <message>
        <location filename="../../ui/topic_profiles_dialog.ui" line="81"/>
        <source>Name (&amp;Dutch)</source>
        <translation>Naam (&amp;Nederlands)</translation>
    </message>
    <message>
        <location filename="../../ui/topic_profiles_dialog.ui" line="108"/>
        <source>&amp;Add indicator</source>
        <translation>Indicator &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/topic_profiles_dialog.ui" line="115"/>
        <source>&amp;Remove indicator</source>
        <translation>Indicator ve&amp;rwijderen</translation>
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
        <location filename="../../ui/welcome.ui" line="206"/>
        <source>Create it &amp;based on an earlier conference…</source>
        <translation>Aanmaken op basis van een ee&amp;rdere conferentie…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="86"/>
        <source>Or create a new conference</source>
        <translation>Of maak een nieuwe conferentie aan</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="45"/>
        <source>This database is empty. Explore the bundled demo conference, or create your own conference.</source>
        <translation>Deze database is leeg. Verken de meegeleverde democonferentie, of maak uw eigen conferentie aan.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="57"/>
        <source>Open the &amp;demo</source>
        <translation>De &amp;demo openen</translation>
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
    <message>
        <location filename="../../briefer/gui/startup/welcome.py" line="154"/>
        <source>This database is empty. Explore the bundled demo, {0} ({1}), or create your own conference.</source>
        <extracomment>The earlier conference&apos;s folder to propose in the based-on step (set by &quot;Next conference based on this one&quot;).</extracomment>
        <translation>Deze database is leeg. Verken de meegeleverde demo, {0} ({1}), of maak uw eigen conferentie aan.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/startup/welcome.py" line="156"/>
        <source>This database is empty. Explore the bundled demo, {0}, or create your own conference.</source>
        <translation>Deze database is leeg. Verken de meegeleverde demo, {0}, of maak uw eigen conferentie aan.</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/startup/welcome.py" line="159"/>
        <source>Open the {0} &amp;demo</source>
        <translation>De demo {0} &amp;openen</translation>
    </message>
</context>
<context>
    <name>WhoIAm</name>
    <message>
        <location filename="../../briefer/gui/people/who_i_am.py" line="77"/>
        <source>&amp;Who I am…</source>
        <translation>&amp;Wie ben ik…</translation>
    </message>
    <message>
        <location filename="../../briefer/gui/people/who_i_am.py" line="97"/>
        <source>Your notes and changes are now recorded as {0}.</source>
        <translation>Uw aantekeningen en wijzigingen worden nu vastgelegd als {0}.</translation>
    </message>
</context>
<context>
    <name>WhoIAmDialog</name>
    <message>
        <location filename="../../ui/who_i_am.ui" line="12"/>
        <source>Who I am</source>
        <translation>Wie ben ik</translation>
    </message>
    <message>
        <location filename="../../ui/who_i_am.ui" line="18"/>
        <source>Choose who you are in the delegation. Your notes, the history of your changes and the actions you own then carry your name, not the computer&apos;s login name.</source>
        <translation>Kies wie u bent in de delegatie. Uw aantekeningen, de geschiedenis van uw wijzigingen en uw acties dragen dan uw naam, niet de inlognaam van de computer.</translation>
    </message>
    <message>
        <location filename="../../ui/who_i_am.ui" line="30"/>
        <source>&amp;I am:</source>
        <translation>&amp;Ik ben:</translation>
    </message>
    <message>
        <location filename="../../ui/who_i_am.ui" line="45"/>
        <source>Nobody is in the delegation yet. Add yourself under People (Delegations), then choose yourself here.</source>
        <translation>Er staat nog niemand in de delegatie. Voeg uzelf toe onder Personen (Delegaties) en kies uzelf daarna hier.</translation>
    </message>
</context>
</TS>
