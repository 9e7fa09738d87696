"""The country brief form shows the conference's topic indicators as fields — and none without a profile."""

from __future__ import annotations

import pytest
from forms_helper import show_forms
from gui_fixture_data import BRIEF_IDN
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from briefer.model import Indicator, Scale, TopicProfile

pytestmark = pytest.mark.gui


def _open_brief(win, qtbot, iso3="IDN"):
    page = win.go("countries")
    row = page.list.model.row_of_key(iso3)
    idx = page.list.proxy.mapFromSource(page.list.model.index(row, 0))
    qtbot.mouseClick(page.list.ui.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.list.ui.table.visualRect(idx).center())
    qtbot.waitUntil(lambda: page.editor.record() is not None and page.editor.record().country == iso3)
    show_forms(page)
    return page.editor


def _labels(editor) -> list[str]:
    return [w.text().replace("&", "") for w in editor.ui.page0_scroll_body.findChildren(QLabel) if w.isVisible()]


def _climate(store) -> TopicProfile:
    return store.topic_profiles.add(TopicProfile(name_en="Climate", name_nl="Klimaat", indicators=[
        Indicator(name_en="NDC submitted", name_nl="NDC ingediend", scale=Scale.YES_NO),
        Indicator(name_en="Net-zero target year", name_nl="Jaar netto nul", scale=Scale.YEAR),
        Indicator(name_en="Region", in_brief=False, in_list=True)]))


def test_without_a_profile_the_brief_has_no_topic_fields(make_window, qtbot):
    editor = _open_brief(make_window(), qtbot)
    assert editor.topics.fields == []
    labels = _labels(editor)
    assert "Summary" in labels and "Relations with the Netherlands" in labels
    assert not any("action plan" in t or "AMR" in t or "One Health" in t for t in labels)


def test_the_profile_s_indicators_are_fields_saved_with_the_brief(make_window, qtbot):
    win = make_window()
    store = win.services.store
    profile = _climate(store)
    editor = _open_brief(win, qtbot)
    labels = _labels(editor)
    assert "NDC submitted" in labels and "Net-zero target year" in labels and "Region" not in labels
    ndc, net_zero = editor.topics.fields
    ndc.value.setFocus()
    ndc.value.setCurrentIndex(ndc.value.findData("yes"))
    qtbot.keyClicks(ndc.source, "UNFCCC NDC registry")
    qtbot.keyClicks(ndc.year, "2024")
    qtbot.keyClicks(net_zero.value, "2060")
    assert editor.is_dirty()
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    values = {v.indicator_id: v for v in store.topic_values.list(country="IDN")}
    assert (values[profile.indicators[0].id].value, values[profile.indicators[0].id].source,
            values[profile.indicators[0].id].year) == ("yes", "UNFCCC NDC registry", 2024)
    assert values[profile.indicators[1].id].value == "2060"
    assert not editor.is_dirty()
    # another country shows its own (empty) values, and Indonesia its saved ones again
    _open_brief(win, qtbot, "GHA")
    assert [f.text() for f in editor.topics.fields] == ["", ""]
    _open_brief(win, qtbot, "IDN")
    assert [f.text() for f in editor.topics.fields] == ["yes", "2060"]


def test_a_value_the_scale_refuses_is_named_and_nothing_is_saved(make_window, qtbot):
    win = make_window()
    store = win.services.store
    _climate(store)
    editor = _open_brief(win, qtbot)
    qtbot.keyClicks(editor.ui.summary, " More.")
    qtbot.keyClicks(editor.topics.fields[1].value, "soon")
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert "Net-zero target year: “soon” is not a year such as 2050" in editor.ui.banner.text()
    assert editor.topics.fields[1].value.hasFocus()
    assert store.country_briefs.get(BRIEF_IDN).revision == 1 and store.topic_values.list() == []
    assert editor.is_dirty()  # what was typed is still there to put right


def test_the_dutch_form_names_the_indicators_in_dutch(make_window, qtbot):
    win = make_window(language="nl")
    _climate(win.services.store)
    editor = _open_brief(win, qtbot)
    labels = _labels(editor)
    assert "NDC ingediend" in labels and "Jaar netto nul" in labels
    assert [editor.topics.fields[0].value.itemText(i) for i in range(3)] == ["— onbekend —", "Ja", "Nee"]
    qtbot.keyClicks(editor.topics.fields[1].value, "binnenkort")
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert "Jaar netto nul: ‘binnenkort’ is geen jaartal zoals 2050" in editor.ui.banner.text()


def _type_cell(qtbot, table, row, col, text):
    """What typing into a cell leaves behind (the cell's own line editor is Qt's)."""
    table.setCurrentCell(row, col)
    table.item(row, col).setText(text)


def test_a_climate_profile_is_defined_in_the_app_and_its_fields_appear(make_window, qtbot):
    win = make_window()
    store = win.services.store
    page = win.go("countries")
    dialog = page.edit_topics()
    qtbot.waitExposed(dialog)
    assert store.topic_profiles.list() == [] and not dialog.ui.profile.isEnabled()
    qtbot.keyClicks(dialog.ui.name_en, "Climate")
    qtbot.keyClicks(dialog.ui.name_nl, "Klimaat")
    table = dialog.ui.indicators
    qtbot.mouseClick(dialog.ui.add_button, Qt.MouseButton.LeftButton)
    _type_cell(qtbot, table, 0, 0, "NDC submitted")
    _type_cell(qtbot, table, 0, 1, "NDC ingediend")
    table.cellWidget(0, 2).setCurrentIndex(table.cellWidget(0, 2).findData("yes_no"))
    qtbot.mouseClick(dialog.ui.add_button, Qt.MouseButton.LeftButton)
    _type_cell(qtbot, table, 1, 0, "Net-zero target year")
    table.cellWidget(1, 2).setCurrentIndex(table.cellWidget(1, 2).findData("year"))
    assert dialog.save(), dialog.ui.banner.text()
    [profile] = store.topic_profiles.list()
    assert (profile.name_en, profile.name_nl) == ("Climate", "Klimaat")
    assert [(i.name_en, i.name_nl, i.scale.value) for i in profile.indicators] == [
        ("NDC submitted", "NDC ingediend", "yes_no"), ("Net-zero target year", "", "year")]
    dialog.accept()
    editor = _open_brief(win, qtbot)
    assert [f.indicator.name_en for f in editor.topics.fields] == ["NDC submitted", "Net-zero target year"]


def test_a_bad_indicator_is_named_and_an_indicator_with_values_is_not_dropped(make_window, qtbot):
    win = make_window()
    store = win.services.store
    profile = _climate(store)
    from briefer.store.topics import set_value

    set_value(store, profile, profile.indicators[1], "IDN", "2060")
    dialog = win.go("countries").edit_topics()
    qtbot.waitExposed(dialog)
    table = dialog.ui.indicators
    table.cellWidget(0, 2).setCurrentIndex(table.cellWidget(0, 2).findData("levels"))  # levels, but none typed
    assert not dialog.save()
    assert "Row 1: indicator 'NDC submitted' is on a levels scale but has no levels" in dialog.ui.banner.text()
    table.cellWidget(0, 2).setCurrentIndex(table.cellWidget(0, 2).findData("yes_no"))
    table.setCurrentCell(1, 0)
    qtbot.mouseClick(dialog.ui.remove_button, Qt.MouseButton.LeftButton)
    assert not dialog.save()
    assert "“Net-zero target year” has values for 1 countries" in dialog.ui.banner.text()
    assert store.topic_profiles.get(profile.id) == profile  # nothing changed


def test_a_search_hit_on_a_topic_value_opens_its_country_s_brief(make_window, qtbot):
    win = make_window()
    store = win.services.store
    profile = _climate(store)
    from briefer.store.topics import set_value

    value = set_value(store, profile, profile.indicators[1], "GHA", "2060")
    assert win.open_record("topic_values", value.id)
    page = win.go("countries")
    qtbot.waitUntil(lambda: page.editor.record() is not None and page.editor.record().country == "GHA")
    assert [f.text() for f in page.editor.topics.fields] == ["", "2060"]


def test_the_welcome_screen_names_the_demo_from_its_data(make_window, monkeypatch):
    import briefer.gui.startup.welcome as welcome_module

    monkeypatch.setattr(welcome_module, "demo_name", lambda: ("Climate Change Conference", "Baku", "2024"))
    win = make_window(with_demo=False)
    assert win.welcome.ui.demo_button.text() == "Open the Baku 2024 &demo"
    assert "the bundled demo, Climate Change Conference (Baku 2024)," in win.welcome.ui.intro.text()


def test_the_bundled_demo_is_named_by_its_conference_file(make_window, qtbot):
    import json

    from briefer.demo import demo_dir

    conf = json.loads((demo_dir() / "conference.json").read_text(encoding="utf-8"))[0]
    win = make_window(with_demo=False, language="nl")
    assert win.welcome.ui.demo_button.text() == f"De demo {conf['city']} {conf['start_date'][:4]} &openen"
    assert conf["name"] in win.welcome.ui.intro.text()
