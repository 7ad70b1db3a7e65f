"""One address rule: exports link http, https and mailto; typed notes also know "www."."""

from __future__ import annotations

from desk_app.model.links import first_web_address, is_safe_link, split_links


def test_links_stop_before_quotes_and_sentence_punctuation():
    assert split_links("„https://a.de/x“, dann") == [
        ("„", None),
        ("https://a.de/x", "https://a.de/x"),
        ("“, dann", None),
    ]


def test_a_bare_scheme_is_no_link():
    assert split_links("siehe https:// oder mailto:") == [("siehe https:// oder mailto:", None)]


def test_only_web_and_mail_links_are_safe():
    assert is_safe_link("HTTPS://a.de") and not is_safe_link("javascript:alert(1)")


def test_a_typed_note_names_www_addresses_too():
    assert first_web_address("Vgl. www.land.nrw/x, S. 3.") == "www.land.nrw/x"
    assert first_web_address("»https://a.de/b«") == "https://a.de/b"
    assert first_web_address("keine Adresse") is None
