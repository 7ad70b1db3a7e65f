<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desk_app/gui/application.py" line="45"/>
        <source>Anfragen-Desk ist mit der Datenbank %1 schon geöffnet; bitte das andere Fenster benutzen, damit keine Änderung verloren geht.</source>
        <translation>Anfragen-Desk already has the database %1 open; please use the other window so that no change is lost.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="50"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="51"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="52"/>
        <source>Parlament</source>
        <translation>Parliament</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="53"/>
        <source>Nr./Drucksache</source>
        <translation>No./printed paper</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="54"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="79"/>
        <source>Überfällig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="80"/>
        <source>Diese Woche</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="81"/>
        <source>Später</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="85"/>
        <source>Ohne Frist (nicht aufgeführt): 1 offene Anfrage</source>
        <translation>No deadline (not listed): 1 open inquiry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="87"/>
        <source>Ohne Frist (nicht aufgeführt): %1 offene Anfragen</source>
        <translation>No deadline (not listed): %1 open inquiries</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="152"/>
        <location filename="../../desk_app/gui/dashboard.py" line="157"/>
        <source>Stellungnahme fällig</source>
        <translation>Statement due</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="159"/>
        <source>Stellungnahme in %1 Tagen</source>
        <translation>Statement due in %1 days</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="175"/>
        <source>Die Regierung teilt bis zu diesem Tag mit, ob und wann sie antwortet; eine Antwortfrist gibt es für diese Art nicht.</source>
        <translation>By this day the government says whether and when it will answer; this kind has no answer deadline.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/due_notice.py" line="19"/>
        <source>%1 überfällig</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/due_notice.py" line="22"/>
        <source>%1 diese Woche</source>
        <translation>%1 this week</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/due_notice.py" line="37"/>
        <source>1 Anfrage ist überfällig</source>
        <translation>1 inquiry is overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/due_notice.py" line="39"/>
        <source>%1 Anfragen sind überfällig</source>
        <translation>%1 inquiries are overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/due_notice.py" line="45"/>
        <source>1 Anfrage ist in den nächsten %2 Tagen fällig</source>
        <translation>1 inquiry is due in the next %2 days</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/due_notice.py" line="47"/>
        <source>%1 Anfragen sind in den nächsten %2 Tagen fällig</source>
        <translation>%1 inquiries are due in the next %2 days</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/due_notice.py" line="52"/>
        <source>Fristen: %1. Details in der Fristenübersicht.</source>
        <translation>Deadlines: %1. Details in the deadline overview.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="135"/>
        <source>… und weitere</source>
        <translation>… and more</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desk_app/gui/date_field.py" line="37"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/date_field.py" line="49"/>
        <source>Datum im Kalender wählen</source>
        <translation>Pick a date from the calendar</translation>
    </message>
</context>
<context>
    <name>DeadlineView</name>
    <message>
        <location filename="../../desk_app/gui/deadline_view.py" line="42"/>
        <source>Fristende: noch nicht berechenbar</source>
        <translation>Due date: cannot be calculated yet</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/deadline_view.py" line="44"/>
        <source>Fristende: %1</source>
        <translation>Due date: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/deadline_view.py" line="46"/>
        <source>(manuell gesetzt)</source>
        <translation>(set manually)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/deadline_view.py" line="55"/>
        <source>Fristende: nicht berechenbar</source>
        <translation>Due date: cannot be calculated</translation>
    </message>
</context>
<context>
    <name>DragGrip</name>
    <message>
        <location filename="../../desk_app/gui/editor/question_box.py" line="34"/>
        <source>Ziehen, um die Frage zu verschieben (oder Alt+↑/↓)</source>
        <translation>Drag to move the question (or Alt+↑/↓)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="94"/>
        <location filename="../../desk_app/gui/export_dialog.py" line="215"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="101"/>
        <source>Einreichung</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="102"/>
        <source>Drucksache</source>
        <translation>Printed paper</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="104"/>
        <source>Antwort</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="107"/>
        <source>Einreichung: wie eingereicht; Drucksache: wie gedruckt, mit Nummer; Antwort: jede Frage mit ihrer Antwort</source>
        <translation>Submission: as submitted; printed paper: as printed, with its number; answer: each question followed by its answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="114"/>
        <source>&amp;Durchsuchen …</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="120"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="121"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="123"/>
        <source>&amp;Datei:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="127"/>
        <source>keine: das Layout des Parlaments</source>
        <translation>none: the parliament&apos;s layout</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="130"/>
        <source>Eine eigene Word-Vorlage (.dotx oder .docx): ihre Formatvorlagen und Seiteneinstellungen, mit dem Inhalt der Anfrage</source>
        <translation>Your own Word template (.dotx or .docx): its styles and page setup, with the inquiry&apos;s content</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="134"/>
        <source>&amp;Vorlage …</source>
        <translation>&amp;Template…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="139"/>
        <source>&amp;Word-Vorlage:</source>
        <translation>&amp;Word template:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="145"/>
        <source>&amp;Exportieren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="162"/>
        <source>Kalender (ICS)</source>
        <translation>Calendar (ICS)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="193"/>
        <source>Word-Vorlage wählen</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="195"/>
        <source>Word-Vorlagen (*.dotx *.docx)</source>
        <translation>Word templates (*.dotx *.docx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="206"/>
        <source>Exportieren als</source>
        <translation>Export as</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="215"/>
        <source>Bitte eine Datei angeben.</source>
        <translation>Please specify a file.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="221"/>
        <source>Datei ersetzen</source>
        <translation>Replace file</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="222"/>
        <source>%1 gibt es schon. Ersetzen?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="28"/>
        <source>Verlängerung hinzufügen</source>
        <translation>Add extension</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="30"/>
        <source>Verlängern um</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="37"/>
        <source>Neues Fristende</source>
        <translation>New due date</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="40"/>
        <source>z. B. umfangreiche Abfrage bei den Kommunen</source>
        <translation>e.g. extensive survey of the municipalities</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="42"/>
        <source>z. B. Büro des Präsidenten</source>
        <translation>e.g. the President&apos;s office</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="48"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="49"/>
        <source>Vereinbart mit</source>
        <translation>Agreed with</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="50"/>
        <source>Gewährt am</source>
        <translation>Granted on</translation>
    </message>
</context>
<context>
    <name>FootnotePanel</name>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="109"/>
        <source>Noch keine Fußnoten. Strg+Alt+F fügt eine ein.</source>
        <translation>No footnotes yet. Ctrl+Alt+F inserts one.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="191"/>
        <source>Abrufdatum ändern</source>
        <translation>Change access date</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="201"/>
        <source>Ebd.</source>
        <translation>Ebd.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="211"/>
        <source>Fußnoten zusammenführen</source>
        <translation>Merge footnotes</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="53"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="61"/>
        <source>&amp;Wiederherstellen …</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="63"/>
        <source>Diese Fassung wird wieder die aktuelle; die jetzige bleibt im Verlauf.</source>
        <translation>This version becomes the current one again; the present one stays in the history.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="92"/>
        <source>%1 (aktuell)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="99"/>
        <source>Von dieser Anfrage gibt es noch keine gespeicherte Fassung.</source>
        <translation>There is no saved version of this inquiry yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="138"/>
        <source>Fassung wiederherstellen</source>
        <translation>Restore version</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="140"/>
        <source>Die Fassung vom %1 wird wieder die aktuelle. Der jetzige Stand bleibt im Verlauf erhalten. Fortfahren?</source>
        <translation>The version of %1 becomes the current one again. The present state is kept in the history. Continue?</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="149"/>
        <source>Wiederherstellen nicht möglich</source>
        <translation>Cannot restore</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="36"/>
        <source>Parlament</source>
        <translation>Parliament</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="37"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="38"/>
        <source>Wahlperiode</source>
        <translation>Wahlperiode</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="39"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="40"/>
        <source>Drucksache</source>
        <translation>Drucksache</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="41"/>
        <source>Datum der Unterschrift</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="42"/>
        <source>Eingegangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="43"/>
        <source>Weitergeleitet</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="44"/>
        <source>Ausgegeben</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="45"/>
        <source>Beantwortet am</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="46"/>
        <source>Drucksache der Antwort</source>
        <translation>Answer Drucksache</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="49"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="50"/>
        <source>Urheber</source>
        <translation>Originators</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="51"/>
        <source>Fraktion</source>
        <translation>Parliamentary group</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="52"/>
        <source>Vorbemerkung</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="53"/>
        <source>Einleitungssatz</source>
        <translation>Lead-in</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="54"/>
        <source>Fragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="55"/>
        <source>Unterfragen</source>
        <translation>Sub-questions</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="56"/>
        <source>Fußnoten</source>
        <translation>Footnotes</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="57"/>
        <source>Unterschrift</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="58"/>
        <source>Antwortendes Ministerium</source>
        <translation>Answering ministry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="59"/>
        <source>Datum der Antwort</source>
        <translation>Answer date</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="60"/>
        <source>Antwort-Drucksache</source>
        <translation>Answer Drucksache</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="61"/>
        <source>Vorbemerkung der Regierung</source>
        <translation>Government&apos;s preamble</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="64"/>
        <source>Beantwortete Fragen</source>
        <translation>Answered questions</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="65"/>
        <source>Gemeinsame Antworten</source>
        <translation>Joint answers</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="73"/>
        <source>sicher</source>
        <translation>certain</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="74"/>
        <source>vermutet</source>
        <translation>guessed</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="75"/>
        <source>nicht gefunden</source>
        <translation>not found</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="94"/>
        <source>Importbericht</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="99"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="99"/>
        <source>Erkannt</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="99"/>
        <source>Sicherheit</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="113"/>
        <source>Zu prüfen:</source>
        <translation>To check:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="115"/>
        <source>Nichts zu prüfen: kein Feld blieb unsicher.</source>
        <translation>Nothing to check: no field was left uncertain.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="123"/>
        <source>Anfrage &amp;öffnen</source>
        <translation>&amp;Open inquiry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="159"/>
        <source>Antwort importiert: %1 sicher, %2 vermutet, %3 nicht gefunden.</source>
        <translation>Answer imported: %1 certain, %2 guessed, %3 not found.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="161"/>
        <source>Anfrage importiert: %1 sicher, %2 vermutet, %3 nicht gefunden.</source>
        <translation>Inquiry imported: %1 certain, %2 guessed, %3 not found.</translation>
    </message>
</context>
<context>
    <name>InquiryCommands</name>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="40"/>
        <source>Antwort importieren</source>
        <translation>Import answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="41"/>
        <source>Bitte zuerst die Anfrage öffnen.</source>
        <translation>Please open the inquiry first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="48"/>
        <source>Antwort der Regierung importieren</source>
        <translation>Import the government&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="50"/>
        <source>Antworten (%1)</source>
        <translation>Answers (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="61"/>
        <source>Import nicht möglich</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="77"/>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="83"/>
        <source>In den Papierkorb</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="84"/>
        <source>„%1“ in den Papierkorb legen? Aus dem Papierkorb lässt sie sich zurückholen.</source>
        <translation>Move “%1” to the trash? It can be restored from there.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="97"/>
        <source>Löschen nicht möglich</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="103"/>
        <source>„%1“ liegt im Papierkorb (Datei → Papierkorb …).</source>
        <translation>“%1” is in the trash (File → Trash…).</translation>
    </message>
</context>
<context>
    <name>InquiryEditor</name>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="52"/>
        <source>Eingabe</source>
        <translation>Typing</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="61"/>
        <source>Einleitungssatz ändern</source>
        <translation>Change lead-in sentence</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="89"/>
        <source>Parlament:</source>
        <translation>Parliament:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="90"/>
        <source>Art:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="91"/>
        <source>Fragesteller:</source>
        <translation>Originators:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="92"/>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="93"/>
        <source>Vorbemerkung:</source>
        <translation>Preamble:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="94"/>
        <source>Einleitungssatz:</source>
        <translation>Lead-in sentence:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="95"/>
        <source>Fragen:</source>
        <translation>Questions:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="96"/>
        <source>Unterschrift:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="36"/>
        <source>Fußnote</source>
        <translation>Footnote</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="39"/>
        <source>Fußnote an der Cursorposition einfügen</source>
        <translation>Insert a footnote at the cursor</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="42"/>
        <source>Fett</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="45"/>
        <source>Kursiv</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="48"/>
        <source>Zitat</source>
        <translation>Quotation</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="53"/>
        <source>Frage hinzufügen</source>
        <translation>Add question</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="58"/>
        <source>Frage löschen</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="63"/>
        <source>Frage nach oben</source>
        <translation>Move question up</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="68"/>
        <source>Frage nach unten</source>
        <translation>Move question down</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="73"/>
        <source>Unterfrage hinzufügen</source>
        <translation>Add sub-question</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="78"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="82"/>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>InquiryListModel</name>
    <message>
        <location filename="../../desk_app/gui/inquiry_list_model.py" line="57"/>
        <source>Parlament</source>
        <translation>Parliament</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_list_model.py" line="58"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_list_model.py" line="59"/>
        <source>Nr./Drucksache</source>
        <translation>No./printed paper</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_list_model.py" line="60"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_list_model.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_list_model.py" line="62"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="32"/>
        <source>Entwurf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="33"/>
        <source>Eingereicht</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="34"/>
        <source>Veröffentlicht</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="35"/>
        <source>Beantwortet</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="36"/>
        <source>Zurückgezogen</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="53"/>
        <source>Drs. %1</source>
        <translation>Printed paper %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="92"/>
        <source>%1 Tage überfällig</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="94"/>
        <source>1 Tag überfällig</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="96"/>
        <source>heute fällig</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="98"/>
        <source>morgen fällig</source>
        <translation>due tomorrow</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/labels.py" line="99"/>
        <source>noch %1 Tage</source>
        <translation>%1 days left</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="47"/>
        <source>Volltextsuche …</source>
        <translation>Full-text search…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="98"/>
        <source>Alle Parlamente</source>
        <translation>All parliaments</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="103"/>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="106"/>
        <source>Alle Arten</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="108"/>
        <source>Nur Anfragen dieses Parlaments zeigen</source>
        <translation>Show only inquiries of this parliament</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="109"/>
        <source>Nur Anfragen mit diesem Status zeigen</source>
        <translation>Show only inquiries with this status</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="110"/>
        <source>Nur Anfragen dieser Art zeigen</source>
        <translation>Show only inquiries of this type</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="231"/>
        <source>%1 Treffer</source>
        <translation>Matches: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="233"/>
        <source>1 Anfrage</source>
        <translation>1 inquiry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="235"/>
        <source>%1 Anfragen</source>
        <translation>%1 inquiries</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="59"/>
        <source>Anfragen-Desk</source>
        <translation>Anfragen-Desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="62"/>
        <source>Die Datenbank wird geöffnet …</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="67"/>
        <source>Anfragen</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="68"/>
        <location filename="../../desk_app/gui/main_window.py" line="354"/>
        <source>Fristen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="78"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="79"/>
        <source>Verfolgung</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="80"/>
        <source>Fußnoten</source>
        <translation>Footnotes</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="198"/>
        <source>Öffnen nicht möglich</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="237"/>
        <source>Nicht gespeichert: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="286"/>
        <location filename="../../desk_app/gui/main_window.py" line="308"/>
        <source>Import nicht möglich</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="309"/>
        <source>Dateien der Art „%1“ kann Anfragen-Desk nicht einlesen.</source>
        <translation>Anfragen-Desk cannot read files of type “%1”.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="337"/>
        <source>1 Anfrage</source>
        <translation>1 inquiry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="337"/>
        <source>%1 Anfragen</source>
        <translation>%1 inquiries</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="343"/>
        <source>Nur lesen (keine Schreibrechte)</source>
        <translation>Read only (no write permission)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="29"/>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="86"/>
        <source>Anlegen nicht möglich</source>
        <translation>Cannot create</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="104"/>
        <source>Anfrage importieren</source>
        <translation>Import inquiry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="106"/>
        <source>Anfragen (%1)</source>
        <translation>Inquiries (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="129"/>
        <source>Export nicht möglich</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="137"/>
        <source>Exportiert, mit Hinweisen</source>
        <translation>Exported, with notes</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="141"/>
        <source>Exportiert: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="199"/>
        <source>Über Anfragen-Desk</source>
        <translation>About Anfragen-Desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="200"/>
        <source>Anfragen-Desk %1
Parlamentarische Anfragen entwerfen, verfolgen und exportieren – offline.</source>
        <translation>Anfragen-Desk %1
Draft, track and export parliamentary inquiries – offline.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="91"/>
        <source>&amp;Neu …</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="95"/>
        <source>&amp;Importieren …</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="101"/>
        <source>&amp;Exportieren …</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="105"/>
        <source>&amp;Verlauf …</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="108"/>
        <source>&amp;Antwort importieren …</source>
        <translation>Import &amp;answer…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="112"/>
        <source>In den &amp;Papierkorb</source>
        <translation>Move to &amp;trash</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="115"/>
        <source>Papier&amp;korb …</source>
        <translation>Tras&amp;h…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="118"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="124"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="128"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="129"/>
        <source>&amp;Fragen</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="130"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="132"/>
        <source>&amp;Anfragen</source>
        <translation>&amp;Inquiries</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="135"/>
        <source>&amp;Fristen</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="137"/>
        <source>&amp;Einstellungen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="138"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="139"/>
        <source>&amp;Über …</source>
        <translation>&amp;About…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="142"/>
        <source>Werkzeuge</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="193"/>
        <source>&amp;Sprache</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>NewInquiryDialog</name>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="30"/>
        <source>Frist: keine hinterlegt</source>
        <translation>Deadline: none on record</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="32"/>
        <source>Frist: {0} ab {1}</source>
        <translation>Deadline: {0} from {1}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="35"/>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="76"/>
        <source>Quelle: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="37"/>
        <source>keine angegeben</source>
        <translation>none given</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="49"/>
        <source>höchstens {0} Fragen</source>
        <translation>at most {0} questions</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="54"/>
        <source>keine Unterfragen</source>
        <translation>no sub-questions</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="57"/>
        <source>höchstens {0} Unterfragen</source>
        <translation>at most {0} sub-questions</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="62"/>
        <source>Unterfragen zählen mit</source>
        <translation>sub-questions count</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="65"/>
        <source>höchstens {0} je Abgeordnetem und Monat</source>
        <translation>at most {0} per member and month</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="70"/>
        <source>Grenzen: {0}</source>
        <translation>Limits: {0}</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="71"/>
        <source>keine Begrenzung</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="124"/>
        <source>Neue Anfrage</source>
        <translation>New inquiry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="136"/>
        <source>optional, später im Editor änderbar</source>
        <translation>optional, can be changed later in the editor</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="139"/>
        <source>Fraktion als Fragestellerin (optional)</source>
        <translation>Parliamentary group as originator (optional)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="141"/>
        <source>Abgeordnete hinzufügen</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="146"/>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="150"/>
        <source>&amp;Parlament:</source>
        <translation>&amp;Parliament:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="151"/>
        <source>&amp;Art:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="154"/>
        <source>&amp;Titel:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="155"/>
        <source>Abgeordnete:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="157"/>
        <source>&amp;Fraktion:</source>
        <translation>Parliamentary &amp;group:</translation>
    </message>
</context>
<context>
    <name>NoteRow</name>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="38"/>
        <source>Zur Fußnotenstelle springen</source>
        <translation>Go to the footnote&apos;s place in the text</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="46"/>
        <source>&apos;abgerufen am&apos; dd.MM.yyyy</source>
        <translation>&apos;accessed&apos; dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="47"/>
        <source>abgerufen am –</source>
        <translation>accessed –</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="53"/>
        <source>„ebd.“</source>
        <translation>“ebd.” (ibid.)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="54"/>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="85"/>
        <source>Gleiche Quelle wie Fußnote %1</source>
        <translation>Same source as footnote %1</translation>
    </message>
</context>
<context>
    <name>OriginatorsWidget</name>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="62"/>
        <source>Abgeordnete hinzufügen</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="64"/>
        <source>Fraktion ändern</source>
        <translation>Change parliamentary group</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="65"/>
        <source>oder eine Fraktion als Fragestellerin</source>
        <translation>or a parliamentary group as originator</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="68"/>
        <source>Fraktion:</source>
        <translation>Parliamentary group:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="71"/>
        <source>Abgeordnete:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="99"/>
        <source>Fragesteller hinzufügen</source>
        <translation>Add originator</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="111"/>
        <source>Fragesteller entfernen</source>
        <translation>Remove originator</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="30"/>
        <source>Name ändern</source>
        <translation>Change name</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="31"/>
        <source>Vorname Name</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="33"/>
        <source>Partei ändern</source>
        <translation>Change party</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="34"/>
        <source>Partei</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="39"/>
        <source>Fragesteller entfernen</source>
        <translation>Remove originator</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desk_app/gui/preview.py" line="65"/>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/preview.py" line="67"/>
        <source>Einreichung</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/preview.py" line="68"/>
        <source>Drucksache</source>
        <translation>Printed paper</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/preview.py" line="70"/>
        <source>Antwort</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/preview.py" line="71"/>
        <source>Seitenlayout der Vorschau</source>
        <translation>Page layout of the preview</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/preview.py" line="76"/>
        <source>Seitenbreite</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/preview.py" line="77"/>
        <source>Ganze Seite</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/preview.py" line="79"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/preview.py" line="80"/>
        <source>Vergrößerung</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/preview.py" line="195"/>
        <source>Die Vorschau ließ sich nicht laden.</source>
        <translation>The preview could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/preview_worker.py" line="54"/>
        <source>Die Vorschau ließ sich nicht erstellen: {0}</source>
        <translation>The preview could not be created: {0}</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../desk_app/gui/editor/question_box.py" line="89"/>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>QuestionsWidget</name>
    <message>
        <location filename="../../desk_app/gui/editor/questions_widget.py" line="63"/>
        <source>Frage hinzufügen</source>
        <translation>Add question</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/questions_widget.py" line="77"/>
        <source>Frage löschen</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/questions_widget.py" line="93"/>
        <source>Frage verschieben</source>
        <translation>Move question</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/questions_widget.py" line="114"/>
        <source>Unterfrage hinzufügen</source>
        <translation>Add sub-question</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/questions_widget.py" line="126"/>
        <source>Unterfrage löschen</source>
        <translation>Delete sub-question</translation>
    </message>
</context>
<context>
    <name>SubquestionRow</name>
    <message>
        <location filename="../../desk_app/gui/editor/question_box.py" line="67"/>
        <source>Unterfrage löschen</source>
        <translation>Delete sub-question</translation>
    </message>
</context>
<context>
    <name>TrackingPane</name>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="59"/>
        <source>z. B. 17/8765</source>
        <translation>e.g. 17/8765</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="61"/>
        <source>Zurückgezogen</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="64"/>
        <source>Leer lassen, um die berechnete Frist zu verwenden</source>
        <translation>Leave empty to use the calculated deadline</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="67"/>
        <source>Verlängerung hinzufügen …</source>
        <translation>Add extension…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="68"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="70"/>
        <source>z. B. 17/9012</source>
        <translation>e.g. 17/9012</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="139"/>
        <source>Verlängerung nicht möglich</source>
        <translation>Cannot extend</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="151"/>
        <source>Unterzeichnet am</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="152"/>
        <source>Eingereicht am</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="153"/>
        <source>Weitergeleitet am</source>
        <translation>Forwarded on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="154"/>
        <source>Drucksache ausgegeben am</source>
        <translation>Printed paper issued on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="155"/>
        <source>Beantwortet am</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="159"/>
        <source>Drucksache</source>
        <translation>Printed paper</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="160"/>
        <source>Federführendes Ministerium</source>
        <translation>Lead ministry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="162"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="163"/>
        <source>Verlauf</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="168"/>
        <source>Verlängerung</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="168"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="168"/>
        <source>Vereinbart mit</source>
        <translation>Agreed with</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="168"/>
        <source>Am</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="179"/>
        <source>Fristende von Hand</source>
        <translation>Manual due date</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="183"/>
        <source>Verlängerungen</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="186"/>
        <source>Antwortfrist</source>
        <translation>Answer deadline</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="191"/>
        <source>Drucksache der Antwort</source>
        <translation>Printed paper of the answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="192"/>
        <source>Antwort ausgegeben am</source>
        <translation>Answer issued on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="193"/>
        <source>Antwort</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="228"/>
        <source>Keine Fristberechnung verfügbar.</source>
        <translation>No deadline calculation available.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="261"/>
        <source>Entfernen nicht möglich</source>
        <translation>Cannot remove</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="283"/>
        <source>bis %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="287"/>
        <source>+ %1 Einheiten</source>
        <translation>+ %1 units</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desk_app/gui/trash_dialog.py" line="30"/>
        <source>Papierkorb</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/trash_dialog.py" line="33"/>
        <source>Der Papierkorb ist leer.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/trash_dialog.py" line="34"/>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/trash_dialog.py" line="54"/>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/trash_dialog.py" line="56"/>
        <source>gelöscht am %1</source>
        <translation>deleted on %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/trash_dialog.py" line="77"/>
        <source>Wiederherstellen nicht möglich</source>
        <translation>Cannot restore</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desk_app/gui/welcome.py" line="17"/>
        <source>&lt;h2&gt;Keine Anfrage geöffnet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;No inquiry open&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/welcome.py" line="20"/>
        <source>Legen Sie eine neue Anfrage aus der Vorlage Ihres Parlaments an, öffnen Sie eine aus der Liste links, oder lesen Sie ein vorhandenes Dokument ein (Word, PDF, Text) – auch per Ziehen und Ablegen.</source>
        <translation>Create a new inquiry from your parliament&apos;s template, open one from the list on the left, or import an existing document (Word, PDF, text) – drag and drop works too.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/welcome.py" line="26"/>
        <source>&amp;Neue Anfrage …</source>
        <translation>&amp;New inquiry…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/welcome.py" line="27"/>
        <source>Dokument &amp;importieren …</source>
        <translation>&amp;Import document…</translation>
    </message>
</context>
<context>
    <name>_OriginatorRow</name>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="90"/>
        <source>Vorname Nachname</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="93"/>
        <source>Partei oder Fraktion des Mitglieds</source>
        <translation>Member&apos;s party or parliamentary group</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/new_inquiry_dialog.py" line="95"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
</context>
</TS>
