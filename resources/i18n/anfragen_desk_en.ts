<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desk_app/gui/application.py" line="57"/>
        <source>Anfragen-Desk ist mit der Datenbank %1 schon geöffnet; bitte das andere Fenster benutzen, damit keine Änderung verloren geht.</source>
        <translation>Anfragen-Desk already has the database %1 open; please use the other window so that no change is lost.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../desk_app/gui/calendar_export.py" line="37"/>
        <source>Fristen als Kalender exportieren</source>
        <translation>Export deadlines as a calendar</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/calendar_export.py" line="43"/>
        <source>Kalender (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/calendar_export.py" line="60"/>
        <source>Die Fristen werden berechnet …</source>
        <translation>Computing the deadlines …</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/calendar_export.py" line="51"/>
        <source>Kalender-Export abgebrochen; es wurde keine Datei geschrieben.</source>
        <translation>Calendar export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/calendar_export.py" line="50"/>
        <source>Export nicht möglich</source>
        <translation>Export not possible</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/calendar_export.py" line="65"/>
        <source>Kalender geschrieben: %1</source>
        <translation>Calendar written: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="44"/>
        <source>Gleichzeitig geändert</source>
        <translation>Changed at the same time</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="52"/>
        <source>Gelb: beide haben diese Stelle geändert. Die übrigen Stellen hat nur eine Seite geändert; sie ist vorgewählt.</source>
        <translation>Yellow: both of you changed this place. Each other place was changed by one side only, which is preselected.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="59"/>
        <source>anderswo</source>
        <translation>elsewhere</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="63"/>
        <source>Stelle</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="64"/>
        <source>Ihre Fassung</source>
        <translation>Your version</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="65"/>
        <source>Fassung von %1</source>
        <translation>Version by %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="66"/>
        <source>Übernehmen</source>
        <translation>Take</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="88"/>
        <source>Auswahl speichern</source>
        <translation>Save selection</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="91"/>
        <source>Meine Fassung behalten</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="94"/>
        <source>Fassung von %1 übernehmen</source>
        <translation>Take the version by %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="98"/>
        <source>Später entscheiden</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="118"/>
        <source>von Ihnen geändert</source>
        <translation>changed by you</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="119"/>
        <source>von %1 geändert</source>
        <translation>changed by %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="120"/>
        <source>von beiden geändert</source>
        <translation>changed by both</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="134"/>
        <source>Ihre</source>
        <translation>Yours</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="135"/>
        <source>von %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_dialog.py" line="137"/>
        <source>beide (Ihre zuerst)</source>
        <translation>both (yours first)</translation>
    </message>
</context>
<context>
    <name>ConflictOffer</name>
    <message>
        <location filename="../../desk_app/gui/conflict_offer.py" line="53"/>
        <source>Gleichzeitige Änderung vergleichen …</source>
        <translation>Compare the simultaneous change …</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_offer.py" line="62"/>
        <source>Nicht gespeichert (auf diesem Rechner bewahrt): %1</source>
        <translation>Not saved (kept on this computer): %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_offer.py" line="116"/>
        <source>Ihre Änderung wartet auf diesem Rechner, bis Sie entscheiden; die gespeicherte Fassung bleibt bis dahin unverändert.</source>
        <translation>Your change waits on this computer until you decide; the stored version stays unchanged until then.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/conflict_offer.py" line="134"/>
        <source>Die gewählte Fassung ist gespeichert.</source>
        <translation>The chosen version is saved.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="58"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="59"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="60"/>
        <source>Parlament</source>
        <translation>Parliament</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="61"/>
        <source>Nr./Drucksache</source>
        <translation>No./printed paper</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="62"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="107"/>
        <source>Überfällig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="108"/>
        <source>Diese Woche</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="109"/>
        <source>Später</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="113"/>
        <source>Ohne Frist (nicht aufgeführt): 1 offene Anfrage</source>
        <translation>No deadline (not listed): 1 open inquiry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="115"/>
        <source>Ohne Frist (nicht aufgeführt): %1 offene Anfragen</source>
        <translation>No deadline (not listed): %1 open inquiries</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="133"/>
        <source>Alte Anfragen, die Sie nicht mehr verfolgen: Rechtsklick auf die Zeile, „Nicht mehr verfolgen“.</source>
        <translation>Old inquiries you no longer follow: right-click the row, “Stop following”.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="137"/>
        <source>Ausblenden</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="167"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="169"/>
        <source>Nicht mehr verfolgen</source>
        <translation>Stop following</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="234"/>
        <location filename="../../desk_app/gui/dashboard.py" line="239"/>
        <source>Stellungnahme fällig</source>
        <translation>Statement due</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="241"/>
        <source>Stellungnahme in %1 Tagen</source>
        <translation>Statement due in %1 days</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dashboard.py" line="257"/>
        <source>Die Regierung teilt bis zu diesem Tag mit, ob und wann sie antwortet; eine Antwortfrist gibt es für diese Art nicht.</source>
        <translation>By this day the government says whether and when it will answer; this kind has no answer deadline.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/due_badge.py" line="33"/>
        <location filename="../../desk_app/gui/due_notice.py" line="19"/>
        <source>%1 überfällig</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/due_badge.py" line="37"/>
        <source>%1 bald fällig</source>
        <translation>%1 due soon</translation>
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
        <location filename="../../desk_app/gui/dashboard.py" line="217"/>
        <source>… und weitere</source>
        <translation>… and more</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="59"/>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="62"/>
        <source>Jetzt geöffnet: %1</source>
        <translation>Open now: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="65"/>
        <source>&amp;Datei auf diesem Rechner</source>
        <translation>&amp;File on this computer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="66"/>
        <source>&amp;PostgreSQL-Server des Büros</source>
        <translation>The office&apos;s &amp;PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="72"/>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="87"/>
        <source>&amp;Name im Verlauf:</source>
        <translation>&amp;Name in the history:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="90"/>
        <source>Auf dem Server zeigen, welche Anfrage ich gerade bearbeite</source>
        <translation>Show on the server which inquiry I am editing</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="95"/>
        <source>Das Passwort gehört nicht hierher: libpq liest es aus ~/.pgpass, PGPASSWORD oder einer Dienstdatei. Die Wahl gilt ab dem nächsten Start.</source>
        <translation>The password does not belong here: libpq reads it from ~/.pgpass, PGPASSWORD or a service file. The choice takes effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="101"/>
        <source>Verbindung &amp;prüfen</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="109"/>
        <source>&amp;Übernehmen</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="131"/>
        <source>Datenbankdatei</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="131"/>
        <source>Datenbank (*.sqlite3)</source>
        <translation>Database (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="143"/>
        <source>Eine Serveradresse beginnt mit postgresql://.</source>
        <translation>A server address begins with postgresql://.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="147"/>
        <source>Die Adresse enthält ein Passwort; das wird nicht gespeichert. Bitte ohne Passwort eintragen und das Passwort in ~/.pgpass ablegen.</source>
        <translation>The address holds a password, which is never kept. Please enter it without the password and put the password in ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="154"/>
        <source>Bitte eine Datenbankdatei angeben.</source>
        <translation>Please give a database file.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="171"/>
        <source>Verbindung prüfen</source>
        <translation>Testing the connection</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="178"/>
        <source>nur lesen</source>
        <translation>read only</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="178"/>
        <source>lesen und schreiben</source>
        <translation>read and write</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/database_settings.py" line="180"/>
        <source>Verbunden: %1 Anfragen, Schema-Version %2, %3.</source>
        <translation>Connected: %1 inquiries, schema version %2, %3.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desk_app/gui/date_field.py" line="39"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/date_field.py" line="51"/>
        <source>Datum im Kalender wählen</source>
        <translation>Pick a date from the calendar</translation>
    </message>
</context>
<context>
    <name>DeadlineView</name>
    <message>
        <location filename="../../desk_app/gui/deadline_view.py" line="44"/>
        <source>Fristende: noch nicht berechenbar</source>
        <translation>Due date: cannot be calculated yet</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/deadline_view.py" line="46"/>
        <source>Fristende: %1</source>
        <translation>Due date: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/deadline_view.py" line="48"/>
        <source>(manuell gesetzt)</source>
        <translation>(set manually)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/deadline_view.py" line="57"/>
        <source>Fristende: nicht berechenbar</source>
        <translation>Due date: cannot be calculated</translation>
    </message>
</context>
<context>
    <name>DipStartCheck</name>
    <message>
        <location filename="../../desk_app/gui/dip_start_check.py" line="82"/>
        <source>DIP beim Start: %1</source>
        <translation>DIP at start: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/dip_start_check.py" line="99"/>
        <source>DIP beim Start: %1 von %2 offenen Anfragen aktualisiert.</source>
        <translation>DIP at start: %1 of %2 open inquiries updated.</translation>
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
        <location filename="../../desk_app/gui/export_dialog.py" line="93"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="104"/>
        <source>Einreichung</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="105"/>
        <source>Drucksache</source>
        <translation>Drucksache</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="107"/>
        <source>Antwort</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="110"/>
        <source>Einreichung: wie eingereicht; Drucksache: wie gedruckt, mit Nummer; Antwort: jede Frage mit ihrer Antwort</source>
        <translation>Submission: as submitted; printed paper: as printed, with its number; answer: each question followed by its answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="117"/>
        <source>&amp;Durchsuchen …</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="123"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="124"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="126"/>
        <source>&amp;Datei:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="130"/>
        <source>keine: das Layout des Parlaments</source>
        <translation>none: the parliament&apos;s layout</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="133"/>
        <source>Eine eigene Word-Vorlage (.dotx oder .docx): ihre Formatvorlagen und Seiteneinstellungen, mit dem Inhalt der Anfrage</source>
        <translation>Your own Word template (.dotx or .docx): its styles and page setup, with the inquiry&apos;s content</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="137"/>
        <source>&amp;Vorlage …</source>
        <translation>&amp;Template…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="142"/>
        <source>&amp;Word-Vorlage:</source>
        <translation>&amp;Word template:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="150"/>
        <source>Exportierte Datei &amp;öffnen</source>
        <translation>&amp;Open exported file</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="152"/>
        <source>Im &amp;Ordner zeigen</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="164"/>
        <source>&amp;Exportieren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="184"/>
        <source>Kalender (ICS)</source>
        <translation>Calendar (ICS)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="236"/>
        <source>%1 ließ sich nicht öffnen: kein Programm dafür gefunden.</source>
        <translation>%1 could not be opened: no program was found for it.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="247"/>
        <source>Word-Vorlage wählen</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="249"/>
        <source>Word-Vorlagen (*.dotx *.docx)</source>
        <translation>Word templates (*.dotx *.docx)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="260"/>
        <source>Exportieren als</source>
        <translation>Export as</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="269"/>
        <source>Bitte eine Datei angeben.</source>
        <translation>Please specify a file.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="275"/>
        <source>Datei ersetzen</source>
        <translation>Replace file</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="276"/>
        <source>%1 gibt es schon. Ersetzen?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="288"/>
        <source>Export abgebrochen; es wurde nichts geschrieben.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="302"/>
        <source>Exportiert: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/export_dialog.py" line="309"/>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="40"/>
        <source>Verlängerung hinzufügen</source>
        <translation>Add extension</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="42"/>
        <source>Verlängern um</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="48"/>
        <source>Neues Fristende</source>
        <translation>New due date</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="51"/>
        <source>z. B. umfangreiche Abfrage bei den Kommunen</source>
        <translation>e.g. extensive survey of the municipalities</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="53"/>
        <source>z. B. Büro des Präsidenten</source>
        <translation>e.g. the President&apos;s office</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="66"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="67"/>
        <source>Vereinbart mit</source>
        <translation>Agreed with</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="68"/>
        <source>Gewährt am</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extension_dialog.py" line="123"/>
        <source>Neues Fristende: %1</source>
        <translation>New deadline: %1</translation>
    </message>
</context>
<context>
    <name>ExtraDaysDialog</name>
    <message>
        <location filename="../../desk_app/gui/extra_days.py" line="39"/>
        <source>Zusätzliche freie Tage</source>
        <translation>Extra days off</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extra_days.py" line="42"/>
        <source>Tage, an denen nicht gearbeitet wird, obwohl kein Feiertag ist: TT.MM. für jedes Jahr (24.12., 31.12.) oder TT.MM.JJJJ für einen Tag (02.01.2026), durch Kommas getrennt. Fristen in Werktagen und Fristenden auf diesen Tagen rücken weiter.</source>
        <translation>Days nobody works although they are no public holiday: DD.MM. for every year (24.12., 31.12.) or DD.MM.YYYY for one day (02.01.2026), separated by commas. Deadlines counted in working days, and deadlines ending on these days, move on.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/extra_days.py" line="49"/>
        <source>z. B. 24.12., 31.12.</source>
        <translation>e.g. 24.12., 31.12.</translation>
    </message>
</context>
<context>
    <name>FieldMenu</name>
    <message>
        <location filename="../../desk_app/gui/editor/field_menu.py" line="113"/>
        <source>Fußnote einfügen</source>
        <translation>Insert footnote</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/field_menu.py" line="121"/>
        <source>Quelle bearbeiten</source>
        <translation>Edit source</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/field_menu.py" line="152"/>
        <source>Rechtschreibprüfung aus: kein deutsches Wörterbuch gefunden</source>
        <translation>Spell check off: no German dictionary found</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/field_menu.py" line="179"/>
        <source>Keine Vorschläge</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/field_menu.py" line="182"/>
        <source>Zum Wörterbuch hinzufügen</source>
        <translation>Add to dictionary</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/field_menu.py" line="185"/>
        <source>Ignorieren</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/field_menu.py" line="206"/>
        <source>Wörterbuch</source>
        <translation>Dictionary</translation>
    </message>
</context>
<context>
    <name>FootnotePanel</name>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="163"/>
        <source>Noch keine Fußnoten. Strg+Alt+F fügt eine ein.</source>
        <translation>No footnotes yet. Ctrl+Alt+F inserts one.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="272"/>
        <source>Abrufdatum ändern</source>
        <translation>Change access date</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="294"/>
        <source>Titel der Quelle ändern</source>
        <translation>Change the source&apos;s title</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="295"/>
        <source>Herausgeber der Quelle ändern</source>
        <translation>Change the source&apos;s publisher</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="296"/>
        <source>Adresse der Quelle ändern</source>
        <translation>Change the source&apos;s address</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="322"/>
        <source>Nur Adressen mit http:// oder https:// ohne Leerzeichen werden übernommen.</source>
        <translation>Only addresses that start with http:// or https:// and contain no spaces are taken.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="329"/>
        <source>Diese Adresse gehört schon zu einer anderen Quelle.</source>
        <translation>This address already belongs to another source.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="336"/>
        <source>Ebd.</source>
        <translation>Ebd.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="346"/>
        <source>Fußnoten zusammenführen</source>
        <translation>Merge footnotes</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="92"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="102"/>
        <source>Unterschiede zu jetzt</source>
        <translation>Differences from now</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="103"/>
        <source>Text dieser Fassung</source>
        <translation>Text of this version</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="106"/>
        <source>Grün unterstrichen: seit dieser Fassung hinzugekommen. Rot durchgestrichen: seitdem entfernt.</source>
        <translation>Green and underlined: added since this version. Red and struck through: removed since.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="118"/>
        <source>&amp;Wiederherstellen …</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="121"/>
        <source>Der Text dieser Fassung wird wieder der aktuelle; Termine, Drucksache und Antwort bleiben, wenn Sie nichts anderes wählen.</source>
        <translation>The text of this version becomes the current one again; dates, Drucksache and answer stay unless you choose otherwise.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="126"/>
        <source>Wiederherstellen &amp;rückgängig</source>
        <translation>&amp;Undo restore</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="128"/>
        <source>Bringt genau den Stand vor dem letzten Wiederherstellen zurück.</source>
        <translation>Brings back exactly the state before the last restore.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="281"/>
        <source>Die Fassung vom %1 hat andere Verfolgungsdaten als heute. Sollen sie auch zurückkommen?</source>
        <translation>The version of %1 has different tracking data than today. Should they come back too?</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="286"/>
        <source>Nur den Text</source>
        <translation>Only the text</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="288"/>
        <source>Text und Verfolgungsdaten</source>
        <translation>Text and tracking data</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="293"/>
        <source>Der Text der Fassung vom %1 wird wieder der aktuelle. Der jetzige Stand bleibt im Verlauf erhalten.</source>
        <translation>The text of the version of %1 becomes the current one again. The current state stays in the history.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="298"/>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="320"/>
        <source>Rückgängig nicht möglich</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="324"/>
        <source>Der Stand vor dem Wiederherstellen ist zurück.</source>
        <translation>The state before the restore is back.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="185"/>
        <source>Von dieser Anfrage gibt es noch keine gespeicherte Fassung.</source>
        <translation>There is no saved version of this inquiry yet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="224"/>
        <source>Verfolgungsdaten dieser Fassung, die heute anders sind:
%1</source>
        <translation>Tracking data of this version that differ today:
%1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="229"/>
        <source>Das ist der jetzige Stand.</source>
        <translation>This is the current state.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="232"/>
        <source>Die Verfolgungsdaten dieser Fassung sind dieselben wie heute.</source>
        <translation>The tracking data of this version are the same as today.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="250"/>
        <source>Diese Fassung entspricht dem jetzigen Stand; es gibt nichts zurückzuholen.</source>
        <translation>This version matches the current state; there is nothing to bring back.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="265"/>
        <source>Die Fassung vom %1 ist wiederhergestellt. „Wiederherstellen rückgängig“ bringt den Stand davor zurück.</source>
        <translation>The version of %1 is restored. “Undo restore” brings back the state before it.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="275"/>
        <source>Fassung wiederherstellen</source>
        <translation>Restore version</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/history_dialog.py" line="245"/>
        <location filename="../../desk_app/gui/history_dialog.py" line="260"/>
        <source>Wiederherstellen nicht möglich</source>
        <translation>Cannot restore</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="38"/>
        <source>Parlament</source>
        <translation>Parliament</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="39"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="40"/>
        <source>Wahlperiode</source>
        <translation>Wahlperiode</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="41"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="42"/>
        <source>Drucksache</source>
        <translation>Drucksache</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="43"/>
        <source>Datum der Unterschrift</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="44"/>
        <source>Eingegangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="45"/>
        <source>Weitergeleitet</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="46"/>
        <source>Ausgegeben</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="47"/>
        <source>Beantwortet am</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="48"/>
        <source>Drucksache der Antwort</source>
        <translation>Answer Drucksache</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="51"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="52"/>
        <source>Urheber</source>
        <translation>Originators</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="53"/>
        <source>Fraktion</source>
        <translation>Parliamentary group</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="54"/>
        <source>Vorbemerkung</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="55"/>
        <source>Einleitungssatz</source>
        <translation>Lead-in</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="56"/>
        <source>Fragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="57"/>
        <source>Unterfragen</source>
        <translation>Sub-questions</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="58"/>
        <source>Fußnoten</source>
        <translation>Footnotes</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="59"/>
        <source>Unterschrift</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="60"/>
        <source>Antwortendes Ministerium</source>
        <translation>Answering ministry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="61"/>
        <source>Datum der Antwort</source>
        <translation>Answer date</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="62"/>
        <source>Antwort-Drucksache</source>
        <translation>Answer Drucksache</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="63"/>
        <source>Vorbemerkung der Regierung</source>
        <translation>Government&apos;s preamble</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="66"/>
        <source>Beantwortete Fragen</source>
        <translation>Answered questions</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="67"/>
        <source>Gemeinsame Antworten</source>
        <translation>Joint answers</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="75"/>
        <source>sicher</source>
        <translation>certain</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="76"/>
        <source>vermutet</source>
        <translation>guessed</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="77"/>
        <source>nicht gefunden</source>
        <translation>not found</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="97"/>
        <source>Importbericht</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="102"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="102"/>
        <source>Erkannt</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="102"/>
        <source>Sicherheit</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="118"/>
        <source>Zu prüfen:</source>
        <translation>To check:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="120"/>
        <source>Nichts zu prüfen: kein Feld blieb unsicher.</source>
        <translation>Nothing to check: no field was left uncertain.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="136"/>
        <source>Anfrage &amp;öffnen</source>
        <translation>&amp;Open inquiry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="172"/>
        <source>Antwort importiert: %1 sicher, %2 vermutet, %3 nicht gefunden.</source>
        <translation>Answer imported: %1 certain, %2 guessed, %3 not found.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="174"/>
        <source>Anfrage importiert: %1 sicher, %2 vermutet, %3 nicht gefunden.</source>
        <translation>Inquiry imported: %1 certain, %2 guessed, %3 not found.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="125"/>
        <location filename="../../desk_app/gui/import_report_dialog.py" line="190"/>
        <source>Doppelklick: die Stelle in der Anfrage zeigen</source>
        <translation>Double-click: show the place in the inquiry</translation>
    </message>
</context>
<context>
    <name>InquiryCommands</name>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="148"/>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="170"/>
        <source>Antwort importieren</source>
        <translation>Import answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="149"/>
        <source>Bitte zuerst die Anfrage öffnen.</source>
        <translation>Please open the inquiry first.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="156"/>
        <source>Antwort der Regierung importieren</source>
        <translation>Import the government&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="158"/>
        <source>Antworten (%1)</source>
        <translation>Answers (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="128"/>
        <source>Import nicht möglich</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="54"/>
        <source>Anfrage importieren</source>
        <translation>Import inquiry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="81"/>
        <source>Schon vorhanden</source>
        <translation>Already stored</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="83"/>
        <source>Diese Drucksache ist schon vorhanden: „%1“ (%2).</source>
        <translation>This Drucksache is already stored: “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="91"/>
        <source>Eine gespeicherte Anfrage hat denselben Text.</source>
        <translation>A stored inquiry has the same text.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="96"/>
        <source>Vorhandene öffnen</source>
        <translation>Open the stored one</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="100"/>
        <source>Trotzdem importieren</source>
        <translation>Import anyway</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="104"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="119"/>
        <source>„%1“ wird gelesen …</source>
        <translation>Reading “%1” …</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="129"/>
        <source>Import abgebrochen; es wurde nichts gespeichert.</source>
        <translation>Import cancelled; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="191"/>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="197"/>
        <source>In den Papierkorb</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="198"/>
        <source>„%1“ in den Papierkorb legen? Aus dem Papierkorb lässt sie sich zurückholen.</source>
        <translation>Move “%1” to the trash? It can be restored from there.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="211"/>
        <source>Löschen nicht möglich</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/inquiry_commands.py" line="217"/>
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
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="87"/>
        <source>Parlament:</source>
        <translation>Parliament:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="88"/>
        <source>Art:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="89"/>
        <source>Fragesteller:</source>
        <translation>Originators:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="90"/>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="91"/>
        <source>Vorbemerkung:</source>
        <translation>Preamble:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="92"/>
        <source>Einleitungssatz:</source>
        <translation>Lead-in sentence:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="93"/>
        <source>Fragen:</source>
        <translation>Questions:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/inquiry_editor.py" line="94"/>
        <source>Unterschrift:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="37"/>
        <source>Fußnote</source>
        <translation>Footnote</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="40"/>
        <source>Fußnote an der Cursorposition einfügen</source>
        <translation>Insert a footnote at the cursor</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="45"/>
        <source>Fett</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="48"/>
        <source>Kursiv</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="51"/>
        <source>Zitat</source>
        <translation>Quotation</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="56"/>
        <source>Frage hinzufügen</source>
        <translation>Add question</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="61"/>
        <source>Frage löschen</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="66"/>
        <source>Frage nach oben</source>
        <translation>Move question up</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="71"/>
        <source>Frage nach unten</source>
        <translation>Move question down</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="76"/>
        <source>Unterfrage hinzufügen</source>
        <translation>Add sub-question</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="81"/>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/editor_actions.py" line="85"/>
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
    <name>Journal</name>
    <message>
        <location filename="../../desk_app/gui/journal_notice.py" line="29"/>
        <source>Aus dem Journal nachgetragen: %1 Änderung(en); es warten noch: %2.</source>
        <translation>Brought in from the journal: %1 change(s); still waiting: %2.</translation>
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
        <translation>Drs. %1</translation>
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
        <location filename="../../desk_app/gui/list_panel.py" line="59"/>
        <source>Volltextsuche …</source>
        <translation>Full-text search…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="116"/>
        <source>Alle Parlamente</source>
        <translation>All parliaments</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="121"/>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="124"/>
        <source>Alle Arten</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="126"/>
        <source>Nur Anfragen dieses Parlaments zeigen</source>
        <translation>Show only inquiries of this parliament</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="127"/>
        <source>Nur Anfragen mit diesem Status zeigen</source>
        <translation>Show only inquiries with this status</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="128"/>
        <source>Nur Anfragen dieser Art zeigen</source>
        <translation>Show only inquiries of this type</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="261"/>
        <source>%1 Treffer</source>
        <translation>Matches: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="263"/>
        <source>1 Anfrage</source>
        <translation>1 inquiry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="265"/>
        <source>%1 Anfragen</source>
        <translation>%1 inquiries</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/list_panel.py" line="276"/>
        <source>Keine Treffer für „%1“</source>
        <translation>No matches for “%1”</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../desk_app/gui/live_updates.py" line="159"/>
        <source>jemand</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/live_updates.py" line="161"/>
        <source>Wird gerade auch von %1 bearbeitet</source>
        <translation>Also being edited by %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/live_updates.py" line="179"/>
        <source>Diese Anfrage wurde gerade anderswo geändert; Ihre ungespeicherte Änderung wird nicht darübergeschrieben.</source>
        <translation>This inquiry was just changed elsewhere; your unsaved change will not be written over it.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/live_updates.py" line="192"/>
        <source>Diese Anfrage wurde anderswo gelöscht.</source>
        <translation>This inquiry was deleted elsewhere.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/live_updates.py" line="198"/>
        <source>Diese Anfrage wurde anderswo geändert und neu geladen.</source>
        <translation>This inquiry was changed elsewhere and has been reloaded.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/live_updates.py" line="211"/>
        <source>Die Verbindung zum Datenbankserver steht wieder.</source>
        <translation>The connection to the database server is back.</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <location filename="../../desk_app/gui/long_task.py" line="188"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/long_task.py" line="206"/>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/gui/due_badge.py" line="56"/>
        <location filename="../../desk_app/gui/main_window.py" line="62"/>
        <source>Anfragen-Desk</source>
        <translation>Anfragen-Desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="65"/>
        <source>Die Datenbank wird geöffnet …</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="70"/>
        <source>Anfragen</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/due_badge.py" line="60"/>
        <location filename="../../desk_app/gui/main_window.py" line="71"/>
        <source>Fristen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="73"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="83"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="84"/>
        <source>Verfolgung</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="85"/>
        <source>Fußnoten</source>
        <translation>Footnotes</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="250"/>
        <source>Öffnen nicht möglich</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="304"/>
        <source>Nicht gespeichert (auf diesem Rechner bewahrt): %1</source>
        <translation>Not saved (kept on this computer): %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="378"/>
        <source>Import nicht möglich</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="379"/>
        <source>Dateien der Art „%1“ kann Anfragen-Desk nicht einlesen.</source>
        <translation>Anfragen-Desk cannot read files of type “%1”.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="407"/>
        <source>1 Anfrage</source>
        <translation>1 inquiry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="407"/>
        <source>%1 Anfragen</source>
        <translation>%1 inquiries</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="413"/>
        <source>Nur lesen (keine Schreibrechte)</source>
        <translation>Read only (no write permission)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="30"/>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="100"/>
        <source>Anlegen nicht möglich</source>
        <translation>Cannot create</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="118"/>
        <source>Anfrage importieren</source>
        <translation>Import inquiry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="120"/>
        <source>Anfragen (%1)</source>
        <translation>Inquiries (%1)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="142"/>
        <source>Exportiert: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="155"/>
        <source>Gespeichert</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="177"/>
        <source>Drucken nicht möglich</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="251"/>
        <source>DIP-Abgleich abgebrochen; nichts geändert.</source>
        <translation>DIP look-up cancelled; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="250"/>
        <source>DIP-Abgleich nicht möglich</source>
        <translation>DIP look-up not possible</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="260"/>
        <source>DIP: %1</source>
        <translation>DIP: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="270"/>
        <source>DIP-API-Schlüssel</source>
        <translation>DIP API key</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="271"/>
        <source>Den Schlüssel vergibt der Bundestag (dip.bundestag.de, „API-Key beantragen“). Er wird nur in Ihrem Benutzerordner gespeichert; leer lassen entfernt ihn.</source>
        <translation>The Bundestag issues the key (dip.bundestag.de, “API-Key beantragen”). It is kept in your user folder only; leave it empty to remove it.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="286"/>
        <source>Schlüssel nicht gespeichert</source>
        <translation>Key not saved</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="305"/>
        <source>Die Datenbank-Einstellung gilt ab dem nächsten Start.</source>
        <translation>The database setting takes effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="335"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="342"/>
        <source>„%1“ wird nicht mehr verfolgt.</source>
        <translation>“%1” is no longer followed.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="352"/>
        <source>Über Anfragen-Desk</source>
        <translation>About Anfragen-Desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/window_commands.py" line="353"/>
        <source>Anfragen-Desk %1
Parlamentarische Anfragen entwerfen, verfolgen und exportieren – offline.</source>
        <translation>Anfragen-Desk %1
Draft, track and export parliamentary inquiries – offline.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="92"/>
        <source>&amp;Neu …</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="96"/>
        <source>&amp;Importieren …</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="102"/>
        <source>&amp;Exportieren …</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="107"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="111"/>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="115"/>
        <source>&amp;Verlauf …</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="118"/>
        <source>&amp;Antwort importieren …</source>
        <translation>Import &amp;answer…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="122"/>
        <source>In den &amp;Papierkorb</source>
        <translation>Move to &amp;trash</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="125"/>
        <source>Papier&amp;korb …</source>
        <translation>Tras&amp;h…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="128"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="134"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="137"/>
        <source>Fristen als &amp;Kalender exportieren …</source>
        <translation>Export deadlines as &amp;calendar…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="142"/>
        <source>Aus &amp;DIP aktualisieren</source>
        <translation>Update from &amp;DIP</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="151"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="152"/>
        <source>&amp;Fragen</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="153"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="155"/>
        <source>&amp;Anfragen</source>
        <translation>&amp;Inquiries</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="158"/>
        <source>&amp;Fristen</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="160"/>
        <source>&amp;Einstellungen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="164"/>
        <source>Zusätzliche &amp;freie Tage …</source>
        <translation>Extra &amp;days off…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="169"/>
        <source>DIP-API-&amp;Schlüssel …</source>
        <translation>DIP API &amp;key…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="172"/>
        <source>DIP beim S&amp;tart prüfen</source>
        <translation>Check the DIP at s&amp;tart</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="176"/>
        <source>Bei jedem Start die offenen Anfragen an den Bundestag im DIP nachsehen (Drucksachennummer, Antwort); sonst geht nichts ins Netz.</source>
        <translation>At every start, look up the open inquiries to the Bundestag in the DIP (Drucksache number, answer); otherwise nothing goes over the network.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="185"/>
        <source>&amp;Datenbank …</source>
        <translation>&amp;Database …</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="187"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="188"/>
        <source>&amp;Über …</source>
        <translation>&amp;About…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="191"/>
        <source>Werkzeuge</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="257"/>
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
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="46"/>
        <source>Zur Fußnotenstelle springen</source>
        <translation>Go to the footnote&apos;s place in the text</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="54"/>
        <source>&apos;abgerufen am&apos; dd.MM.yyyy</source>
        <translation>&apos;accessed&apos; dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="55"/>
        <source>abgerufen am –</source>
        <translation>accessed –</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="61"/>
        <source>Titel der Quelle</source>
        <translation>Title of the source</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="62"/>
        <source>Herausgeber</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="71"/>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="72"/>
        <source>Herausgeber:</source>
        <translation>Publisher:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="73"/>
        <source>Adresse:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="78"/>
        <source>„ebd.“</source>
        <translation>“ebd.” (ibid.)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="79"/>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/footnote_panel.py" line="135"/>
        <source>Gleiche Quelle wie Fußnote %1</source>
        <translation>Same source as footnote %1</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../desk_app/gui/operations.py" line="122"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/operations.py" line="124"/>
        <source>%1 wird gesetzt …</source>
        <translation>Laying out %1…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/operations.py" line="148"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/operations.py" line="173"/>
        <source>Aus DIP aktualisieren</source>
        <translation>Update from DIP</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/operations.py" line="175"/>
        <source>Das DIP des Bundestages wird gefragt …</source>
        <translation>Asking the Bundestag&apos;s DIP…</translation>
    </message>
</context>
<context>
    <name>OriginatorsWidget</name>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="98"/>
        <source>Abgeordnete hinzufügen</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="100"/>
        <source>Fraktion ändern</source>
        <translation>Change parliamentary group</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="101"/>
        <source>oder eine Fraktion als Fragestellerin</source>
        <translation>or a parliamentary group as originator</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="104"/>
        <source>Wie der Kopf der Drucksache die Fragesteller nennt</source>
        <translation>How the head of the Drucksache names those who ask</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="109"/>
        <source>Fraktion:</source>
        <translation>Parliamentary group:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="110"/>
        <source>Anrede im Kopf:</source>
        <translation>Form in the head:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="113"/>
        <source>Abgeordnete:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="130"/>
        <source>nach Anzahl (wie die Vorlage)</source>
        <translation>by number (as the template)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="159"/>
        <source>Anrede ändern</source>
        <translation>Change form of address</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="172"/>
        <source>Fragesteller hinzufügen</source>
        <translation>Add originator</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="184"/>
        <source>Fragesteller entfernen</source>
        <translation>Remove originator</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="33"/>
        <source>Name ändern</source>
        <translation>Change name</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="34"/>
        <source>Vorname Name</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="36"/>
        <source>Partei ändern</source>
        <translation>Change party</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="37"/>
        <source>Partei</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/originators_widget.py" line="44"/>
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
        <translation>Drucksache</translation>
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
    <name>Printing</name>
    <message>
        <location filename="../../desk_app/gui/printing.py" line="111"/>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/printing.py" line="113"/>
        <source>Die Seiten werden gesetzt …</source>
        <translation>Laying out the pages…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/printing.py" line="123"/>
        <source>Druckvorschau</source>
        <translation>Print preview</translation>
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
        <location filename="../../desk_app/gui/editor/questions_widget.py" line="71"/>
        <location filename="../../desk_app/gui/editor/questions_widget.py" line="172"/>
        <source>Frage hinzufügen</source>
        <translation>Add question</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/questions_widget.py" line="85"/>
        <source>Frage löschen</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/questions_widget.py" line="101"/>
        <source>Frage verschieben</source>
        <translation>Move question</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/questions_widget.py" line="122"/>
        <source>Unterfrage hinzufügen</source>
        <translation>Add sub-question</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/editor/questions_widget.py" line="134"/>
        <source>Unterfrage löschen</source>
        <translation>Delete sub-question</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <location filename="../../desk_app/gui/save_indicator.py" line="26"/>
        <source>Änderungen werden nach einer Sekunde gespeichert; %1 speichert sofort.</source>
        <translation>Changes are saved after a second; %1 saves at once.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/save_indicator.py" line="39"/>
        <source>Ungespeichert</source>
        <translation>Unsaved</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/save_indicator.py" line="39"/>
        <source>Gespeichert</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../desk_app/gui/editor/spelling.py" line="182"/>
        <source>Das Wort gilt nur bis zum Beenden: %1 ließ sich nicht speichern (%2).</source>
        <translation>The word is accepted only until you quit: %1 could not be saved (%2).</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="70"/>
        <location filename="../../desk_app/gui/statistics_tab.py" line="151"/>
        <source>Ministerium</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="71"/>
        <location filename="../../desk_app/gui/statistics_tab.py" line="144"/>
        <source>Parlament</source>
        <translation>Parliament</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="72"/>
        <source>Fraktion</source>
        <translation>Faction</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="73"/>
        <source>Mitglied</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="78"/>
        <source>Alle Parlamente</source>
        <translation>All parliaments</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="83"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="87"/>
        <source>Teil des Namens, z. B. Verkehr</source>
        <translation>Part of the name, e.g. Verkehr</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="99"/>
        <source>Als CSV exportieren …</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="101"/>
        <source>PDF-Bericht …</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="112"/>
        <source>Antwortzeit in Kalendertagen vom Fristbeginn der Regel bis zur Antwort; verspätet heißt nach dem Fristende mit Verlängerungen; Median und 90. Perzentil linear interpoliert. Der PDF-Bericht nennt jede Definition in einer Fußnote.</source>
        <translation>Answer time in calendar days from the start of the rule&apos;s deadline to the answer; late means after the deadline with extensions; median and 90th percentile linearly interpolated. The PDF report gives each definition in a footnote.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="143"/>
        <source>Gruppieren nach</source>
        <translation>Group by</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="145"/>
        <source>Wahlperiode</source>
        <translation>Wahlperiode</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="148"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="150"/>
        <source>Fristbeginn von</source>
        <translation>Deadline start from</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="189"/>
        <source>Zählung abgebrochen; die Zahlen sind nicht aktuell.</source>
        <translation>Count cancelled; the figures are not up to date.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="198"/>
        <source>%1 Anfragen gezählt, %2 beantwortet.</source>
        <translation>%1 inquiries counted, %2 answered.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="228"/>
        <source>Anfragen je Monat</source>
        <translation>Inquiries per month</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="230"/>
        <source>eingereicht</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="231"/>
        <source>beantwortet</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="232"/>
        <source>davon verspätet</source>
        <translation>of them late</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="262"/>
        <source>Anteil verspäteter Antworten (%)</source>
        <translation>Share of late answers (%)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="267"/>
        <source>verspätet</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="302"/>
        <source>Statistik als CSV exportieren</source>
        <translation>Export statistics as CSV</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="302"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="314"/>
        <source>Statistik als PDF-Bericht exportieren</source>
        <translation>Export statistics as a PDF report</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="316"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/statistics_tab.py" line="336"/>
        <source>Export nicht möglich</source>
        <translation>Export not possible</translation>
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
        <location filename="../../desk_app/gui/tracking_pane.py" line="79"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="81"/>
        <source>z. B. 5441</source>
        <translation>e.g. 5441</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="86"/>
        <location filename="../../desk_app/gui/tracking_pane.py" line="216"/>
        <source>Laufende Nummer</source>
        <translation>Running number</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="89"/>
        <source>Notizen für das Büro; erscheinen in keinem Export</source>
        <translation>Notes for the office; they appear in no export</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="91"/>
        <location filename="../../desk_app/gui/tracking_pane.py" line="357"/>
        <source>Nicht mehr verfolgen</source>
        <translation>Stop following</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="93"/>
        <source>Die Anfrage zählt nicht mehr als fällig oder überfällig.</source>
        <translation>The inquiry no longer counts as due or overdue.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="96"/>
        <source>z. B. 17/8765</source>
        <translation>e.g. 17/8765</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="98"/>
        <source>Zurückgezogen</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="101"/>
        <source>Leer lassen, um die berechnete Frist zu verwenden</source>
        <translation>Leave empty to use the calculated deadline</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="104"/>
        <source>Verlängerung hinzufügen …</source>
        <translation>Add extension…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="105"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="107"/>
        <source>z. B. 17/9012</source>
        <translation>e.g. 17/9012</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="203"/>
        <source>Verlängerung nicht möglich</source>
        <translation>Cannot extend</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="220"/>
        <source>%1 Nr.</source>
        <translation>%1 no.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="225"/>
        <source>Dieses Parlament druckt keine eigene Nummer für diese Art.</source>
        <translation>This parliament prints no number of its own for this kind.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="230"/>
        <source>Wahlperiode</source>
        <translation>Wahlperiode</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="232"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="233"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="238"/>
        <source>Entworfen am</source>
        <translation>Drafted on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="239"/>
        <source>Unterzeichnet am</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="240"/>
        <source>Eingereicht am</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="241"/>
        <source>Weitergeleitet am</source>
        <translation>Forwarded on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="242"/>
        <source>Drucksache ausgegeben am</source>
        <translation>Drucksache issued on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="243"/>
        <source>Neudruck am</source>
        <translation>Reprinted on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="244"/>
        <source>Beantwortet am</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="249"/>
        <source>Drucksache</source>
        <translation>Drucksache</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="250"/>
        <source>Federführendes Ministerium</source>
        <translation>Lead ministry</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="253"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="254"/>
        <source>Verlauf</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="259"/>
        <source>Verlängerung</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="259"/>
        <location filename="../../desk_app/gui/tracking_pane.py" line="269"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="259"/>
        <source>Vereinbart mit</source>
        <translation>Agreed with</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="259"/>
        <source>Am</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="276"/>
        <source>Fristende von Hand</source>
        <translation>Manual due date</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="280"/>
        <source>Verlängerungen</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="283"/>
        <source>Antwortfrist</source>
        <translation>Answer deadline</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="288"/>
        <source>Drucksache der Antwort</source>
        <translation>Drucksache of the answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="289"/>
        <source>Antwort ausgegeben am</source>
        <translation>Answer issued on</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="290"/>
        <source>Antwort</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="337"/>
        <source>Keine Fristberechnung verfügbar.</source>
        <translation>No deadline calculation available.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="359"/>
        <source>Nicht mehr verfolgt seit %1</source>
        <translation>Not followed since %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="395"/>
        <source>Entfernen nicht möglich</source>
        <translation>Cannot remove</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="417"/>
        <source>bis %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="423"/>
        <source>+ 1 Einheit</source>
        <translation>+ 1 unit</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/tracking_pane.py" line="424"/>
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
        <location filename="../../desk_app/gui/trash_dialog.py" line="34"/>
        <source>Der Papierkorb ist leer.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/trash_dialog.py" line="35"/>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/trash_dialog.py" line="55"/>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/trash_dialog.py" line="57"/>
        <source>gelöscht am %1</source>
        <translation>deleted on %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/trash_dialog.py" line="78"/>
        <source>Wiederherstellen nicht möglich</source>
        <translation>Cannot restore</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desk_app/gui/welcome.py" line="28"/>
        <source>&lt;h2&gt;Keine Anfrage geöffnet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;No inquiry open&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/welcome.py" line="32"/>
        <source>Legen Sie eine neue Anfrage aus der Vorlage Ihres Parlaments an, öffnen Sie eine aus der Liste links, oder lesen Sie ein vorhandenes Dokument ein (Word, PDF, Text) – auch per Ziehen und Ablegen.</source>
        <translation>Create a new inquiry from your parliament&apos;s template, open one from the list on the left, or import an existing document (Word, PDF, text) – drag and drop works too.</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/welcome.py" line="38"/>
        <source>&amp;Neue Anfrage …</source>
        <translation>&amp;New inquiry…</translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/welcome.py" line="39"/>
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
