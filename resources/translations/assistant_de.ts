<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Calendars and to-do lists on a CalDAV server (Nextcloud, iCloud, Fastmail, Radicale…) stay in sync with this computer. Changes here apply at once.</source>
        <translation>Kalender und Aufgabenlisten auf einem CalDAV-Server (Nextcloud, iCloud, Fastmail, Radicale…) bleiben mit diesem Computer synchron. Änderungen hier gelten sofort.</translation>
    </message>
    <message>
        <source>Accounts and calendars</source>
        <translation>Konten und Kalender</translation>
    </message>
    <message>
        <source>Account / calendar</source>
        <translation>Konto / Kalender</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>&amp;Add CalDAV account…</source>
        <translation>CalDAV-Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation>Konto &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Only on demand</source>
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source>Sync every (minutes)</source>
        <translation>Synchronisieren alle (Minuten)</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchronisieren &amp;alle:</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Noch keine Konten.</translation>
    </message>
    <message>
        <source>Added the account %1; syncing it now.</source>
        <translation>Das Konto %1 wurde hinzugefügt und wird jetzt synchronisiert.</translation>
    </message>
    <message>
        <source>Remove the account %1?</source>
        <translation>Das Konto %1 entfernen?</translation>
    </message>
    <message>
        <source>Its calendars stop syncing and its password leaves the keychain. Keep its events and to-dos on this computer (as local items), or delete them here? Nothing is deleted on the server.</source>
        <translation>Seine Kalender werden nicht mehr synchronisiert, und sein Passwort wird aus dem Schlüsselbund entfernt. Sollen seine Termine und Aufgaben auf diesem Computer bleiben (als lokale Einträge) oder hier gelöscht werden? Auf dem Server wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Remove, &amp;keep items</source>
        <translation>Entfernen, Einträge &amp;behalten</translation>
    </message>
    <message>
        <source>Remove and &amp;delete items</source>
        <translation>Entfernen und Einträge &amp;löschen</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 and %n of its items here.</source>
        <translation>
            <numerusform>%1 und %n Eintrag davon hier entfernt.</numerusform>
            <numerusform>%1 und %n Einträge davon hier entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1; its items stay here as local ones.</source>
        <translation>%1 entfernt; seine Einträge bleiben hier als lokale Einträge.</translation>
    </message>
</context>
<context>
    <name>ActionCard</name>
    <message>
        <source>Action: %1</source>
        <translation>Aktion: %1</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Put things back as they were before this change</source>
        <translation>Den Zustand vor dieser Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe aus der E-Mail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>%1 (looks like phishing)</source>
        <translation>%1 (sieht nach Phishing aus)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Looks like phishing: %1. “Add all” leaves it out.</source>
        <translation>Sieht nach Phishing aus: %1. „Alle hinzufügen“ lässt es weg.</translation>
    </message>
    <message>
        <source>This date could not be worked out; it will be added without one.</source>
        <translation>Dieses Datum ließ sich nicht bestimmen; der Eintrag wird ohne Datum hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add a CalDAV account</source>
        <translation>CalDAV-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Passwort oder App-Passwort</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>e.g. work (default: the host)</source>
        <translation>z. B. Arbeit (Standard: der Host)</translation>
    </message>
    <message>
        <source>&amp;Find calendars</source>
        <translation>Kalender &amp;suchen</translation>
    </message>
    <message>
        <source>Find calendars</source>
        <translation>Kalender suchen</translation>
    </message>
    <message>
        <source>Calendars found</source>
        <translation>Gefundene Kalender</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Looking for calendars…</source>
        <translation>Kalender werden gesucht…</translation>
    </message>
    <message>
        <source>Give the password (or an app password made for this app).</source>
        <translation>Geben Sie das Passwort ein (oder ein für diese App erstelltes App-Passwort).</translation>
    </message>
    <message numerus="yes">
        <source>Found %n calendar(s). Choose what to sync.</source>
        <translation>
            <numerusform>%n Kalender gefunden. Wählen Sie, was synchronisiert werden soll.</numerusform>
            <numerusform>%n Kalender gefunden. Wählen Sie, was synchronisiert werden soll.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account has no calendars for events or to-dos.</source>
        <translation>Das Konto hat keine Kalender für Termine oder Aufgaben.</translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation>Konto wird hinzugefügt…</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No events</source>
        <translation>Keine Termine</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>wiederholt sich</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
</context>
<context>
    <name>AllDayRow</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerBlock</name>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>ApprovalCard</name>
    <message>
        <source>Approval needed: %1</source>
        <translation>Bestätigung nötig: %1</translation>
    </message>
    <message>
        <source>Allow this change?</source>
        <translation>Diese Änderung zulassen?</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>Was sich ändern würde</translation>
    </message>
    <message>
        <source>Asked because %1. Check it before you approve.</source>
        <translation>Gefragt, weil %1. Prüfen Sie es, bevor Sie zustimmen.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Zustimmen</translation>
    </message>
    <message>
        <source>Approve: %1</source>
        <translation>Zustimmen: %1</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Deny: %1</source>
        <translation>Ablehnen: %1</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Zugestimmt.</translation>
    </message>
    <message>
        <source>Denied: nothing was changed.</source>
        <translation>Abgelehnt: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Gestoppt: Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Calendar message</source>
        <translation>Kalendermeldung</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
</context>
<context>
    <name>CalendarList</name>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Local calendar</source>
        <translation>Lokaler Kalender</translation>
    </message>
    <message>
        <source>Show or hide the events of %1</source>
        <translation>Termine von %1 ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>CalendarPrompts</name>
    <message>
        <source>Edit repeating event</source>
        <translation>Wiederkehrenden Termin bearbeiten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; repeats. What do you want to change?</source>
        <translation>„%1“ wiederholt sich. Was möchten Sie ändern?</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Diesen Termin</translation>
    </message>
    <message>
        <source>All events in the series</source>
        <translation>Alle Termine der Serie</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Termin löschen</translation>
    </message>
    <message>
        <source>You can undo this right afterwards.</source>
        <translation>Sie können das gleich danach rückgängig machen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; repeats. Delete only the occurrence on %2, or every event in the series?</source>
        <translation>„%1“ wiederholt sich. Nur den Termin am %2 löschen oder alle Termine der Serie?</translation>
    </message>
    <message>
        <source>Delete this event</source>
        <translation>Diesen Termin löschen</translation>
    </message>
    <message>
        <source>Delete all events</source>
        <translation>Alle Termine löschen</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; on %2?</source>
        <translation>„%1“ am %2 löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 existiert bereits. Möchten Sie die Datei ersetzen?</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Termine filtern</translation>
    </message>
    <message>
        <source>Filter events by title or place</source>
        <translation>Termine nach Titel oder Ort filtern</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Heute anzeigen</translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation>Neuer &amp;Termin…</translation>
    </message>
    <message>
        <source>Add an event (Ctrl+E)</source>
        <translation>Termin hinzufügen (Strg+E)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Den ausgewählten Termin bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Den ausgewählten Termin löschen</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>T&amp;ag</translation>
    </message>
    <message>
        <source>Show the selected day</source>
        <translation>Den ausgewählten Tag anzeigen</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>Show the selected day&apos;s week</source>
        <translation>Die Woche des ausgewählten Tages anzeigen</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Stunden</translation>
    </message>
    <message>
        <source>Show an hour grid</source>
        <translation>Ein Stundenraster anzeigen</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportieren…</translation>
    </message>
    <message>
        <source>Import .ics files</source>
        <translation>.ics-Dateien importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export as an .ics file</source>
        <translation>Als .ics-Datei exportieren</translation>
    </message>
    <message>
        <source>Nothing planned. Double-click a day or press “New event…” to add one.</source>
        <translation>Nichts geplant. Doppelklicken Sie auf einen Tag oder drücken Sie „Neuer Termin…“, um einen hinzuzufügen.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>The calendar could not be loaded: %1</source>
        <translation>Der Kalender konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical);;All files (*)</source>
        <translation>Kalenderdateien (*.ics *.ical);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <source>The model is still loading… Your message will be sent when it is ready.</source>
        <translation>Das Modell wird noch geladen… Ihre Nachricht wird gesendet, sobald es bereit ist.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Delete this conversation? Changes it made to your data stay.</source>
        <translation>Diese Unterhaltung löschen? Änderungen, die sie an Ihren Daten vorgenommen hat, bleiben erhalten.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1 Open Settings to choose another.</source>
        <translation>Das Modell konnte nicht geladen werden: %1 Öffnen Sie die Einstellungen, um ein anderes zu wählen.</translation>
    </message>
    <message>
        <source>No model is set up. Open Settings (File ▸ Settings…) to choose one.</source>
        <translation>Es ist kein Modell eingerichtet. Öffnen Sie die Einstellungen (Datei ▸ Einstellungen…), um eines zu wählen.</translation>
    </message>
    <message>
        <source>Your message was not sent.</source>
        <translation>Ihre Nachricht wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Chat status</source>
        <translation>Chat-Status</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Eingabe)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>Generierung stoppen</translation>
    </message>
    <message>
        <source>Stop generating (Esc)</source>
        <translation>Generierung stoppen (Esc)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on both sides</source>
        <translation>Auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>These items were changed on this computer and on the server since the last sync. Choose which version to keep; nothing is merged.</source>
        <translation>Diese Einträge wurden seit der letzten Synchronisierung auf diesem Computer und auf dem Server geändert. Wählen Sie, welche Version bleiben soll; es wird nichts zusammengeführt.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>Conflict message</source>
        <translation>Konfliktmeldung</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Deren behalten</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Nothing left to resolve.</source>
        <translation>Nichts mehr aufzulösen.</translation>
    </message>
    <message>
        <source>Deleted on this computer.</source>
        <translation>Auf diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>Deleted on the server.</source>
        <translation>Auf dem Server gelöscht.</translation>
    </message>
    <message>
        <source>Kept. The server gets your choice with this sync.</source>
        <translation>Behalten. Der Server erhält Ihre Wahl mit dieser Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Start an empty conversation (Ctrl+Shift+C)</source>
        <translation>Eine leere Unterhaltung beginnen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Recent conversations</source>
        <translation>Letzte Unterhaltungen</translation>
    </message>
    <message>
        <source>Delete conversation…</source>
        <translation>Unterhaltung löschen…</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Data status</source>
        <translation>Datenstatus</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the data files.</source>
        <translation>Die Datendateien anzeigen.</translation>
    </message>
    <message>
        <source>E&amp;xport everything…</source>
        <translation>Alles e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Calendar (.ics), notes (Markdown) and all records (JSON), in a new dated folder.</source>
        <translation>Kalender (.ics), Notizen (Markdown) und alle Datensätze (JSON), in einem neuen Ordner mit Datum.</translation>
    </message>
    <message>
        <source>&amp;Forget deleted items…</source>
        <translation>Gelöschte Einträge &amp;vergessen…</translation>
    </message>
    <message>
        <source>Remove the text of deleted to-dos, events and notes from the undo history and the database file.</source>
        <translation>Den Text gelöschter Aufgaben, Termine und Notizen aus dem Rückgängig-Verlauf und der Datenbankdatei entfernen.</translation>
    </message>
    <message>
        <source>Erase e&amp;verything…</source>
        <translation>&amp;Alles löschen…</translation>
    </message>
    <message>
        <source>Delete all to-dos, events, notes and conversations.</source>
        <translation>Alle Aufgaben, Termine, Notizen und Unterhaltungen löschen.</translation>
    </message>
    <message>
        <source>Export everything to</source>
        <translation>Alles exportieren nach</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Forget deleted items?</source>
        <translation>Gelöschte Einträge vergessen?</translation>
    </message>
    <message>
        <source>Deleted items stay in the undo history so that a deletion can be undone. This removes their text for good; their deletion can no longer be undone.</source>
        <translation>Gelöschte Einträge bleiben im Rückgängig-Verlauf, damit sich eine Löschung rückgängig machen lässt. Dies entfernt ihren Text endgültig; ihre Löschung lässt sich dann nicht mehr rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Forgetting deleted items…</source>
        <translation>Gelöschte Einträge werden vergessen…</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>EditFlow</name>
    <message>
        <source>“%1” comes from the subscription %2, which is read-only.</source>
        <translation>„%1“ stammt aus dem Abonnement %2, das schreibgeschützt ist.</translation>
    </message>
    <message>
        <source>Only the whole series of “%1” can become all day; drag it again and choose all events.</source>
        <translation>Nur die ganze Serie „%1“ kann ganztägig werden; ziehen Sie den Termin noch einmal und wählen Sie „Alle Termine der Serie“.</translation>
    </message>
    <message>
        <source>“%1” comes from the subscription %2, which is read-only: nothing was deleted. Remove the subscription in Settings → Accounts to drop its events.</source>
        <translation>„%1“ stammt aus dem Abonnement %2, das schreibgeschützt ist: Es wurde nichts gelöscht. Entfernen Sie das Abonnement unter Einstellungen → Konten, um seine Termine loszuwerden.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>zu Beginn</translation>
    </message>
    <message>
        <source>d</source>
        <translation>T</translation>
    </message>
    <message>
        <source>h</source>
        <translation>Std.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>%1 %2 before</source>
        <translation>%1 %2 vorher</translation>
    </message>
</context>
<context>
    <name>EmailView</name>
    <message>
        <source>Paste an email here…</source>
        <translation>E-Mail hier einfügen…</translation>
    </message>
    <message>
        <source>Email text</source>
        <translation>E-Mail-Text</translation>
    </message>
    <message>
        <source>Length of the email</source>
        <translation>Länge der E-Mail</translation>
    </message>
    <message>
        <source>&amp;Summarize</source>
        <translation>&amp;Zusammenfassen</translation>
    </message>
    <message>
        <source>Summarize the email and list its action items (Ctrl+Enter)</source>
        <translation>Die E-Mail zusammenfassen und ihre Aufgaben auflisten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>S&amp;horter</source>
        <translation>&amp;Kürzer</translation>
    </message>
    <message>
        <source>&amp;Friendlier</source>
        <translation>&amp;Freundlicher</translation>
    </message>
    <message>
        <source>More f&amp;ormal</source>
        <translation>F&amp;ormeller</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;pp</translation>
    </message>
    <message>
        <source>Stop the model</source>
        <translation>Das Modell stoppen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeitet</translation>
    </message>
    <message>
        <source>Email panel message</source>
        <translation>Meldung des E-Mail-Bereichs</translation>
    </message>
    <message>
        <source>Rewrite:</source>
        <translation>Umschreiben:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The summary and the email&apos;s action items appear here.</source>
        <translation>Die Zusammenfassung und die Aufgaben aus der E-Mail erscheinen hier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action items&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aufgaben aus der E-Mail&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rewritten text</source>
        <translation>Umgeschriebener Text</translation>
    </message>
    <message>
        <source>Rewritten text appears here.</source>
        <translation>Der umgeschriebene Text erscheint hier.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the rewritten text</source>
        <translation>Den umgeschriebenen Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Replace text</source>
        <translation>Text &amp;ersetzen</translation>
    </message>
    <message>
        <source>Put the rewritten text into the email box (Ctrl+Z there takes it back)</source>
        <translation>Den umgeschriebenen Text in das E-Mail-Feld übernehmen (Strg+Z dort macht es rückgängig)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Umschreiben</translation>
    </message>
    <message>
        <source>Rewrite the email about half as long</source>
        <translation>Die E-Mail etwa halb so lang umschreiben</translation>
    </message>
    <message>
        <source>Rewrite the email in a warmer tone</source>
        <translation>Die E-Mail in einem freundlicheren Ton umschreiben</translation>
    </message>
    <message>
        <source>Rewrite the email in a formal business tone</source>
        <translation>Die E-Mail in einem förmlichen, geschäftlichen Ton umschreiben</translation>
    </message>
    <message>
        <source>The model is still loading; summaries and rewrites work once it is ready.</source>
        <translation>Das Modell wird noch geladen; Zusammenfassungen und Umschreiben funktionieren, sobald es bereit ist.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>Das Modell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No model is loaded, so emails cannot be summarized or rewritten yet.</source>
        <translation>Es ist kein Modell geladen, daher können E-Mails noch nicht zusammengefasst oder umgeschrieben werden.</translation>
    </message>
    <message>
        <source>Reading the email…</source>
        <translation>Die E-Mail wird gelesen…</translation>
    </message>
    <message>
        <source>Summarizing…</source>
        <translation>Wird zusammengefasst…</translation>
    </message>
    <message>
        <source>Rewriting…</source>
        <translation>Wird umgeschrieben…</translation>
    </message>
    <message>
        <source>Wait for the model to finish, or press Stop.</source>
        <translation>Warten Sie, bis das Modell fertig ist, oder drücken Sie Stopp.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>The rewritten text is on the clipboard.</source>
        <translation>Der umgeschriebene Text ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>There is no text to work on. Paste an email first.</source>
        <translation>Es gibt keinen Text zum Bearbeiten. Fügen Sie zuerst eine E-Mail ein.</translation>
    </message>
    <message>
        <source>The text is %1 characters long; the limit is %2. Shorten it first.</source>
        <translation>Der Text ist %1 Zeichen lang; die Grenze ist %2. Kürzen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Stopped. The text so far is kept.</source>
        <translation>Gestoppt. Der bisherige Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>Done. Copy the text, or replace the email with it.</source>
        <translation>Fertig. Kopieren Sie den Text oder ersetzen Sie die E-Mail damit.</translation>
    </message>
    <message>
        <source>The email asks for nothing; no action items.</source>
        <translation>Die E-Mail verlangt nichts; keine Aufgaben.</translation>
    </message>
    <message>
        <source>One action item found. Add it if you want it.</source>
        <translation>Eine Aufgabe gefunden. Fügen Sie sie hinzu, wenn Sie möchten.</translation>
    </message>
    <message>
        <source>%1 action items found. Add the ones you want.</source>
        <translation>%1 Aufgaben gefunden. Fügen Sie die gewünschten hinzu.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase everything?</source>
        <translation>Alles löschen?</translation>
    </message>
    <message>
        <source>This deletes every to-do, event, note and conversation, and the undo history. It cannot be undone. Export everything first if you may want it back.

Type %1 to confirm.</source>
        <translation>Dies löscht alle Aufgaben, Termine, Notizen und Unterhaltungen sowie den Rückgängig-Verlauf. Es lässt sich nicht rückgängig machen. Exportieren Sie zuerst alles, wenn Sie es vielleicht zurückhaben möchten.

Geben Sie zur Bestätigung %1 ein.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Geben Sie zur Bestätigung %1 ein</translation>
    </message>
    <message>
        <source>&amp;Erase everything</source>
        <translation>&amp;Alles löschen</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <source>Edit this occurrence</source>
        <translation>Diesen Einzeltermin bearbeiten</translation>
    </message>
    <message>
        <source>Edit all events in the series</source>
        <translation>Alle Termine der Serie bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Dentist</source>
        <translation>z. B. Zahnarzt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>&amp;Ganztägig</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Zu Beginn</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Be&amp;schreibung:</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>Erin&amp;nerung:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <source>Only this occurrence changes; the series keeps its rule.</source>
        <translation>Nur dieser Einzeltermin ändert sich; die Serie behält ihre Regel.</translation>
    </message>
    <message>
        <source>Event from %1 (read-only)</source>
        <translation>Termin aus %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>This event comes from the subscription %1, which is read-only: it cannot be changed or deleted here.</source>
        <translation>Dieser Termin stammt aus dem Abonnement %1, das schreibgeschützt ist: Er kann hier weder geändert noch gelöscht werden.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Only the whole series can become all-day: edit all events instead.</source>
        <translation>Nur die ganze Serie kann ganztägig werden: Bearbeiten Sie stattdessen alle Termine.</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Geben Sie dem Termin einen Titel.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Das Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <source>(%1 day(s))</source>
        <translation>(%1 Tag(e))</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>HitList</name>
    <message>
        <source>To-do</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ItemEdit</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>MacNotifier</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>Modellstatus</translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation>Ladefortschritt des Modells</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>Wo das Modell läuft</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import calendar (.ics)…</source>
        <translation>Kalender &amp;importieren (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Export calendar (.ics)…</source>
        <translation>Kalender &amp;exportieren (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster sc&amp;hließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>Alles &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New &amp;conversation</source>
        <translation>Neue &amp;Unterhaltung</translation>
    </message>
    <message>
        <source>New &amp;to-do</source>
        <translation>Neue &amp;Aufgabe</translation>
    </message>
    <message>
        <source>New &amp;event</source>
        <translation>Neuer &amp;Termin</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Neue &amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Ask the &amp;assistant</source>
        <translation>Den &amp;Assistenten fragen</translation>
    </message>
    <message>
        <source>&amp;Stop generating</source>
        <translation>Generierung &amp;stoppen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Preparing the assistant (first time only): %1 %</source>
        <translation>Der Assistent wird vorbereitet (nur beim ersten Mal): %1 %</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>Datei wird geprüft</translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>wird geladen</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Loading %1: %2</source>
        <translation>%1 wird geladen: %2</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>Das Modell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>The model runs on the server %1: what you type is sent there.</source>
        <translation>Das Modell läuft auf dem Server %1: Was Sie eingeben, wird dorthin gesendet.</translation>
    </message>
    <message>
        <source>The model runs on this computer: nothing you type leaves it.</source>
        <translation>Das Modell läuft auf diesem Computer: Nichts, was Sie eingeben, verlässt ihn.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical);;All files (*)</source>
        <translation>Kalenderdateien (*.ics *.ical);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>New line in a message</source>
        <translation>Neue Zeile in einer Nachricht</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Umschalt+Eingabe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assistant %1&lt;/p&gt;&lt;p&gt;To-dos, calendar and notes with a language model that runs on this computer. Your data stays on this device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Assistant %1&lt;/p&gt;&lt;p&gt;Aufgaben, Kalender und Notizen mit einem Sprachmodell, das auf diesem Computer läuft. Ihre Daten bleiben auf diesem Gerät.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;MIT License. &lt;a href=&quot;%1&quot;&gt;Third-party licences&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;MIT-Lizenz. &lt;a href=&quot;%1&quot;&gt;Lizenzen von Drittanbietern&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Assistant</source>
        <translation>Über Assistant</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Ask or tell the assistant something… (Enter sends, Shift+Enter: new line)</source>
        <translation>Fragen oder sagen Sie dem Assistenten etwas… (Eingabe sendet, Umschalt+Eingabe: neue Zeile)</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Monat wählen</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Jahr wählen</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Titel der Notiz</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>Schlagwörter der Notiz</translation>
    </message>
    <message>
        <source>Tags, separated by commas, e.g. work, ideas</source>
        <translation>Schlagwörter, durch Kommas getrennt, z. B. Arbeit, Ideen</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list</source>
        <translation>In Markdown schreiben: # Überschrift, **fett**, - Liste</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Text der Notiz</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The formatted note appears here.</source>
        <translation>Die formatierte Notiz erscheint hier.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Show or hide the formatted preview (Ctrl+P)</source>
        <translation>Die formatierte Vorschau ein- oder ausblenden (Strg+P)</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Vorschau anzeigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>Diese Notiz löschen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New note (Ctrl+N)</source>
        <translation>Neue Notiz (Strg+N)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Notes list</source>
        <translation>Notizliste</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Gefundene Notizen</translation>
    </message>
    <message>
        <source>Pick a note on the left, or press Ctrl+N to write a new one.</source>
        <translation>Wählen Sie links eine Notiz oder drücken Sie Strg+N, um eine neue zu schreiben.</translation>
    </message>
    <message>
        <source>Delete the note “%1”? You can bring it back with Undo.</source>
        <translation>Die Notiz „%1“ löschen? Mit Rückgängig können Sie sie zurückholen.</translation>
    </message>
    <message>
        <source>Could not delete the note</source>
        <translation>Die Notiz konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>No notes match.</source>
        <translation>Keine passenden Notizen.</translation>
    </message>
    <message>
        <source>No notes yet. Press Ctrl+N to write one.</source>
        <translation>Noch keine Notizen. Drücken Sie Strg+N, um eine zu schreiben.</translation>
    </message>
    <message>
        <source>Showing the %1 best matches.</source>
        <translation>Die %1 besten Treffer werden angezeigt.</translation>
    </message>
    <message>
        <source>Showing the %1 most recent notes; search to find older ones.</source>
        <translation>Die %1 neuesten Notizen werden angezeigt; suchen Sie, um ältere zu finden.</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Notizen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>A passphrase you choose opens your data where the keychain cannot, like the recovery key. It is kept next to your data, so choose a long one (at least %1 characters) that you use nowhere else.</source>
        <translation>Eine Passphrase, die Sie wählen, öffnet Ihre Daten dort, wo der Schlüsselbund es nicht kann, wie der Wiederherstellungsschlüssel. Sie wird neben Ihren Daten aufbewahrt: Wählen Sie eine lange (mindestens %1 Zeichen), die Sie nirgends sonst verwenden.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Noch einmal dieselbe</translation>
    </message>
    <message>
        <source>Passphrase error</source>
        <translation>Fehler bei der Passphrase</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Passphrase fest&amp;legen</translation>
    </message>
    <message>
        <source>&amp;Remove passphrase</source>
        <translation>Passphrase &amp;entfernen</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Eine Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Passphrase set: it opens your data too.</source>
        <translation>Passphrase festgelegt: Sie öffnet Ihre Daten ebenfalls.</translation>
    </message>
    <message>
        <source>Passphrase removed: the recovery key still opens your data.</source>
        <translation>Passphrase entfernt: Der Wiederherstellungsschlüssel öffnet Ihre Daten weiterhin.</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <source>That to-do no longer exists.</source>
        <translation>Diese Aufgabe gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Diese Notiz gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That event no longer exists.</source>
        <translation>Diesen Termin gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That change is no longer in the history.</source>
        <translation>Diese Änderung ist nicht mehr im Verlauf.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>&amp;Encrypt my data</source>
        <translation>Meine Daten &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt the database on this computer with a key kept in the keychain.</source>
        <translation>Die Datenbank auf diesem Computer mit einem Schlüssel aus dem Schlüsselbund verschlüsseln.</translation>
    </message>
    <message>
        <source>Encrypts your to-dos, events, notes and conversations on disk (SQLCipher), so a lost or shared disk does not give them away. The key is kept in the system keychain; a recovery key, shown once, opens your data where the keychain cannot.</source>
        <translation>Verschlüsselt Ihre Aufgaben, Termine, Notizen und Unterhaltungen auf der Festplatte (SQLCipher), damit eine verlorene oder geteilte Festplatte sie nicht preisgibt. Der Schlüssel liegt im Schlüsselbund des Systems; ein Wiederherstellungsschlüssel, der einmal angezeigt wird, öffnet Ihre Daten, wo der Schlüsselbund es nicht kann.</translation>
    </message>
    <message>
        <source>Encryption status</source>
        <translation>Verschlüsselungsstatus</translation>
    </message>
    <message>
        <source>C&amp;hange key…</source>
        <translation>Schlüssel &amp;wechseln…</translation>
    </message>
    <message>
        <source>Re-encrypt your data with a new key and show its new recovery key.</source>
        <translation>Ihre Daten mit einem neuen Schlüssel neu verschlüsseln und den neuen Wiederherstellungsschlüssel anzeigen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase…</source>
        <translation>&amp;Passphrase…</translation>
    </message>
    <message>
        <source>Choose a passphrase that opens your data too, where the keychain cannot.</source>
        <translation>Wählen Sie eine Passphrase, die Ihre Daten ebenfalls öffnet, wo der Schlüsselbund es nicht kann.</translation>
    </message>
    <message>
        <source>Converting the database</source>
        <translation>Die Datenbank wird umgewandelt</translation>
    </message>
    <message>
        <source>Your data is encrypted.</source>
        <translation>Ihre Daten sind verschlüsselt.</translation>
    </message>
    <message>
        <source>Encryption is not available: %1.</source>
        <translation>Verschlüsselung ist nicht verfügbar: %1.</translation>
    </message>
    <message>
        <source>Your data is not encrypted.</source>
        <translation>Ihre Daten sind nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Turn encryption off?</source>
        <translation>Verschlüsselung ausschalten?</translation>
    </message>
    <message>
        <source>Your data will be stored unencrypted on this computer from now on.</source>
        <translation>Ihre Daten werden von nun an unverschlüsselt auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <source>Your data will be encrypted again with a new key. Once it is, the old recovery key no longer opens your data; this new one does. It is shown only now: save it in a password manager or write it down.</source>
        <translation>Ihre Daten werden mit einem neuen Schlüssel neu verschlüsselt. Danach öffnet der alte Wiederherstellungsschlüssel Ihre Daten nicht mehr, nur noch dieser neue. Er wird nur jetzt angezeigt: Speichern Sie ihn in einem Passwortmanager oder schreiben Sie ihn auf.</translation>
    </message>
    <message>
        <source>C&amp;hange the key</source>
        <translation>Schlüssel &amp;wechseln</translation>
    </message>
    <message>
        <source>Changing the key… (the app waits meanwhile)</source>
        <translation>Der Schlüssel wird gewechselt… (die App wartet so lange)</translation>
    </message>
    <message>
        <source>Converting the database… (the app waits meanwhile)</source>
        <translation>Die Datenbank wird umgewandelt… (die App wartet so lange)</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>Action items</source>
        <translation>Aufgaben aus der E-Mail</translation>
    </message>
    <message>
        <source>Add all</source>
        <translation>Alle hinzufügen</translation>
    </message>
    <message>
        <source>Add all action items</source>
        <translation>Alle Aufgaben aus der E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>Result of adding</source>
        <translation>Ergebnis des Hinzufügens</translation>
    </message>
    <message>
        <source>Removed “%1” again.</source>
        <translation>„%1“ wieder entfernt.</translation>
    </message>
</context>
<context>
    <name>QuickAddBox</name>
    <message>
        <source>New to-do</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Add a to-do, e.g. “call mom friday 5pm !high #family”</source>
        <translation>Aufgabe hinzufügen, z. B. „Mama anrufen freitag 17 Uhr !high #familie“</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add to-do</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>What will be added</source>
        <translation>Was hinzugefügt wird</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>The calendar the new to-do goes to</source>
        <translation>Der Kalender, in den die neue Aufgabe kommt</translation>
    </message>
    <message>
        <source>Put a date at the start or end; !high or !low sets the priority, #word a tag.</source>
        <translation>Setzen Sie ein Datum an den Anfang oder das Ende; !high oder !low setzt die Priorität, #wort ein Schlagwort.</translation>
    </message>
    <message>
        <source>Write what needs doing, not only when.</source>
        <translation>Schreiben Sie, was zu tun ist, nicht nur wann.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>hohe Priorität</translation>
    </message>
    <message>
        <source>low priority</source>
        <translation>niedrige Priorität</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Open the quick-entry window</source>
        <translation>Schnelleingabe öffnen</translation>
    </message>
    <message>
        <source>The shortcut %1 could not be set: the system refused it (another app may be using it, or the key cannot be used). Try another one, such as Ctrl+Shift+Space.</source>
        <translation>Das Tastenkürzel %1 konnte nicht festgelegt werden: Das System hat es abgelehnt (eine andere App verwendet es womöglich, oder die Taste ist nicht nutzbar). Versuchen Sie ein anderes, etwa Ctrl+Shift+Space.</translation>
    </message>
    <message>
        <source>The shortcut %1 could not be set: this desktop offers no global shortcuts, or the request was declined. You can bind “assistant --quick-add” in your desktop&apos;s keyboard settings instead.</source>
        <translation>Das Tastenkürzel %1 konnte nicht festgelegt werden: Diese Arbeitsumgebung bietet keine globalen Tastenkürzel, oder die Anfrage wurde abgelehnt. Sie können stattdessen „assistant --quick-add“ in den Tastatureinstellungen Ihrer Arbeitsumgebung auf eine Taste legen.</translation>
    </message>
</context>
<context>
    <name>QuickEntryChips</name>
    <message>
        <source>Due: %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Hohe Priorität</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Niedrige Priorität</translation>
    </message>
</context>
<context>
    <name>QuickEntryWindow</name>
    <message>
        <source>Quick entry</source>
        <translation>Schnelleingabe</translation>
    </message>
    <message>
        <source>New to-do</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>call mom friday 5pm !high #family</source>
        <translation>Mama anrufen freitag 17 Uhr !high #familie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Save to-do</source>
        <translation>Aufgabe speichern</translation>
    </message>
    <message>
        <source>Enter: save the to-do</source>
        <translation>Eingabetaste: Aufgabe speichern</translation>
    </message>
    <message>
        <source>Ask the assistant</source>
        <translation>Assistent fragen</translation>
    </message>
    <message>
        <source>Ctrl+Enter: send the text to the chat instead</source>
        <translation>Strg+Eingabetaste: Text stattdessen an den Chat senden</translation>
    </message>
    <message>
        <source>A date at the start or end; !high or !low, #tags.</source>
        <translation>Ein Datum am Anfang oder Ende; !high oder !low, #Schlagwörter.</translation>
    </message>
    <message>
        <source>Write what needs doing, not only when.</source>
        <translation>Schreiben Sie, was zu tun ist, nicht nur wann.</translation>
    </message>
    <message>
        <source>Type a to-do first, e.g. “call mom friday 5pm”.</source>
        <translation>Geben Sie zuerst eine Aufgabe ein, z. B. „Mama anrufen freitag 17 Uhr“.</translation>
    </message>
    <message>
        <source>Type what to ask first.</source>
        <translation>Geben Sie zuerst Ihre Frage ein.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Save your recovery key</source>
        <translation>Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <source>Your data will be encrypted with a key kept in the system keychain. Where the keychain cannot give it (another desktop session, a new computer), only this recovery key opens your data. It is shown only now: save it in a password manager or write it down.</source>
        <translation>Ihre Daten werden mit einem Schlüssel verschlüsselt, der im Schlüsselbund des Systems liegt. Wo der Schlüsselbund ihn nicht liefern kann (eine andere Desktop-Sitzung, ein neuer Computer), öffnet nur dieser Wiederherstellungsschlüssel Ihre Daten. Er wird nur jetzt angezeigt: Speichern Sie ihn in einem Passwortmanager oder schreiben Sie ihn auf.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>I have saved my recovery key somewhere safe</source>
        <translation>Ich habe meinen Wiederherstellungsschlüssel sicher aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Encrypt my data</source>
        <translation>Meine Daten &amp;verschlüsseln</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)</source>
        <translation>Eigene Regel (RRULE)</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>Wiederholungsabstand</translation>
    </message>
    <message>
        <source>Repetition ends</source>
        <translation>Ende der Wiederholung</translation>
    </message>
    <message>
        <source>Never ends</source>
        <translation>Endet nie</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>Ends after</source>
        <translation>Endet nach</translation>
    </message>
    <message>
        <source>Last day of the repetition</source>
        <translation>Letzter Tag der Wiederholung</translation>
    </message>
    <message>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Anzahl der Wiederholungen</translation>
    </message>
    <message>
        <source>Custom repeat rule</source>
        <translation>Eigene Wiederholungsregel</translation>
    </message>
    <message>
        <source>An iCalendar RRULE, e.g. FREQ=MONTHLY;BYDAY=2TU</source>
        <translation>Eine iCalendar-RRULE, z. B. FREQ=MONTHLY;BYDAY=2TU</translation>
    </message>
    <message>
        <source>Repeat summary</source>
        <translation>Zusammenfassung der Wiederholung</translation>
    </message>
    <message>
        <source>Enter a repeat rule, e.g. FREQ=MONTHLY;BYDAY=2TU.</source>
        <translation>Geben Sie eine Wiederholungsregel ein, z. B. FREQ=MONTHLY;BYDAY=2TU.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Wählen Sie mindestens einen Wochentag.</translation>
    </message>
    <message>
        <source>The repetition cannot end before the event starts.</source>
        <translation>Die Wiederholung kann nicht vor dem Beginn des Termins enden.</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>Tag(e)</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>Woche(n)</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>Monat(e)</translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation>Jahr(e)</translation>
    </message>
    <message>
        <source>Repeats %1.</source>
        <translation>Wiederholt sich %1.</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Schlummern bis %1.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Verworfen.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Rückgängig gemacht.</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
</context>
<context>
    <name>ReminderChoice</name>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>%1 day(s) before</source>
        <translation>%1 Tag(e) vorher</translation>
    </message>
    <message>
        <source>%1 hour(s) before</source>
        <translation>%1 Stunde(n) vorher</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>%1 Minuten vorher</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Snooze 5 min</source>
        <translation>5 Min. schlummern</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>1 Stunde schlummern</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Check or change it before adding</source>
        <translation>Vor dem Hinzufügen prüfen oder ändern</translation>
    </message>
    <message>
        <source>Added ✓</source>
        <translation>Hinzugefügt ✓</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit “%1” before adding</source>
        <translation>„%1“ vor dem Hinzufügen bearbeiten</translation>
    </message>
    <message>
        <source>Undo adding “%1”</source>
        <translation>Hinzufügen von „%1“ rückgängig machen</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>Mark as not done</source>
        <translation>Als nicht erledigt markieren</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Reminder…</source>
        <translation>Erinnerung…</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Fälligkeitsdatum ändern</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Search to-dos, events and notes</source>
        <translation>Aufgaben, Termine und Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Type to search to-dos, events and notes.</source>
        <translation>Tippen Sie, um Aufgaben, Termine und Notizen zu durchsuchen.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <source>1 match. Enter opens it.</source>
        <translation>1 Treffer. Eingabe öffnet ihn.</translation>
    </message>
    <message>
        <source>%1 matches. Enter opens the selected one.</source>
        <translation>%1 Treffer. Eingabe öffnet den ausgewählten.</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <source>On this &amp;computer</source>
        <translation>Auf diesem &amp;Computer</translation>
    </message>
    <message>
        <source>On a ser&amp;ver</source>
        <translation>Auf einem Ser&amp;ver</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>Modell auf dem Server</translation>
    </message>
    <message>
        <source>&amp;List models</source>
        <translation>Modelle &amp;auflisten</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>If the server cannot be used at start, run the model on this computer</source>
        <translation>Wenn der Server beim Start nicht erreichbar ist, das Modell auf diesem Computer ausführen</translation>
    </message>
    <message>
        <source>Off: a server that is down is reported and nothing else happens. On: the model chosen for this computer loads instead, and the status bar says so.</source>
        <translation>Aus: Ein nicht erreichbarer Server wird gemeldet, sonst passiert nichts. An: Stattdessen wird das für diesen Computer gewählte Modell geladen, und die Statusleiste sagt es.</translation>
    </message>
    <message>
        <source>Your to-dos, events and notes stay here; what you type, and what the assistant reads to answer, goes to the server. See docs/remote.md.</source>
        <translation>Ihre Aufgaben, Termine und Notizen bleiben hier; was Sie eingeben und was der Assistent zum Antworten liest, geht an den Server. Siehe docs/remote.md.</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>unchanged if left empty</source>
        <translation>unverändert, wenn leer</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message numerus="yes">
        <source>The server has %n model(s).</source>
        <translation>
            <numerusform>Der Server hat %n Modell.</numerusform>
            <numerusform>Der Server hat %n Modelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send your words to this server?</source>
        <translation>Ihre Eingaben an diesen Server senden?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Fehler in den Einstellungen</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Verwendetes Modell</translation>
    </message>
    <message>
        <source>Do&amp;wnload a model…</source>
        <translation>Modell &amp;herunterladen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Automatic (%1 cores)</source>
        <translation>Automatisch (%1 Kerne)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Alle Schichten</translation>
    </message>
    <message>
        <source>Some layers</source>
        <translation>Einige Schichten</translation>
    </message>
    <message>
        <source>GPU offload</source>
        <translation>GPU-Auslagerung</translation>
    </message>
    <message>
        <source> layers</source>
        <translation> Schichten</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <source>Checking whether this build can use a GPU…</source>
        <translation>Es wird geprüft, ob dieser Build eine GPU nutzen kann…</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>Kontextgröße</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Läuft:</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>In Verwendung:</translation>
    </message>
    <message>
        <source>&amp;Installed:</source>
        <translation>&amp;Installiert:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>GP&amp;U offload:</source>
        <translation>GP&amp;U-Auslagerung:</translation>
    </message>
    <message>
        <source>&amp;Context size:</source>
        <translation>&amp;Kontextgröße:</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes on the next start</source>
        <translation>Die Sprache des Fensters; sie ändert sich beim nächsten Start</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Ask &amp;before changes</source>
        <translation>&amp;Vor Änderungen fragen</translation>
    </message>
    <message>
        <source>The assistant&apos;s changes wait for your approval</source>
        <translation>Die Änderungen des Assistenten warten auf Ihre Zustimmung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <source>Quick entry shortcut</source>
        <translation>Tastenkürzel der Schnelleingabe</translation>
    </message>
    <message>
        <source>Opens the quick-entry window from any app, where the system allows it; a new one takes effect when you save. Elsewhere, bind “assistant --quick-add” in your desktop&apos;s keyboard settings.</source>
        <translation>Öffnet die Schnelleingabe aus jeder App, wo das System es erlaubt; ein neues Tastenkürzel gilt ab dem Speichern. Andernfalls legen Sie „assistant --quick-add“ in den Tastatureinstellungen Ihrer Arbeitsumgebung auf eine Taste.</translation>
    </message>
    <message>
        <source>Quick entry shortcut problem</source>
        <translation>Problem mit dem Tastenkürzel der Schnelleingabe</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Quick entry shortcut:</source>
        <translation>Tastenkürzel der &amp;Schnelleingabe:</translation>
    </message>
    <message>
        <source>This build of llama.cpp has no GPU support; the model runs on the CPU.</source>
        <translation>Dieser Build von llama.cpp unterstützt keine GPU; das Modell läuft auf der CPU.</translation>
    </message>
    <message>
        <source>Write the shortcut as keys joined by +, e.g. Ctrl+Shift+Space.</source>
        <translation>Geben Sie das Tastenkürzel als mit + verbundene Tasten ein, z. B. Ctrl+Shift+Space.</translation>
    </message>
    <message>
        <source>No downloaded models yet</source>
        <translation>Noch keine heruntergeladenen Modelle</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Noch kein Modell</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 (after Save)</source>
        <translation>%1 (nach dem Speichern)</translation>
    </message>
    <message>
        <source>Select a downloaded model to remove.</source>
        <translation>Wählen Sie ein heruntergeladenes Modell zum Entfernen.</translation>
    </message>
    <message>
        <source>Delete %1 from this computer?</source>
        <translation>%1 von diesem Computer löschen?</translation>
    </message>
    <message>
        <source>It is the model in use; the assistant stops until you pick another.</source>
        <translation>Es ist das verwendete Modell; der Assistent hält an, bis Sie ein anderes wählen.</translation>
    </message>
    <message>
        <source>Remove model?</source>
        <translation>Modell entfernen?</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Set up the assistant</source>
        <translation>Den Assistenten einrichten</translation>
    </message>
    <message>
        <source>The assistant needs a language model. It runs on this computer: nothing you type leaves it. The download happens once.</source>
        <translation>Der Assistent braucht ein Sprachmodell. Es läuft auf diesem Computer: Nichts, was Sie eingeben, verlässt ihn. Der Download erfolgt nur einmal.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>Herunterzuladendes Modell</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>Modelldetails</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Freier Speicherplatz</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation>Festplatte:</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Download-Status</translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation>hf_…</translation>
    </message>
    <message>
        <source>Hugging Face access token</source>
        <translation>Hugging-Face-Zugriffstoken</translation>
    </message>
    <message>
        <source>Save token and &amp;retry</source>
        <translation>Token speichern und &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Save token and retry</source>
        <translation>Token speichern und erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Use a GGUF &amp;file on disk…</source>
        <translation>GGUF-&amp;Datei von der Festplatte verwenden…</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>Download &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Use a GGUF file on disk</source>
        <translation>GGUF-Datei von der Festplatte verwenden</translation>
    </message>
    <message>
        <source>%1 suits most computers.</source>
        <translation>%1 passt für die meisten Computer.</translation>
    </message>
    <message>
        <source>You have %1 of memory; %2 fits well.</source>
        <translation>Sie haben %1 Arbeitsspeicher; %2 passt gut.</translation>
    </message>
    <message>
        <source>%1 Needs about %2 of memory. Licence: %3.</source>
        <translation>%1 Braucht etwa %2 Arbeitsspeicher. Lizenz: %3.</translation>
    </message>
    <message>
        <source>This computer has less, so it may be slow.</source>
        <translation>Dieser Computer hat weniger, daher kann es langsam sein.</translation>
    </message>
    <message>
        <source>%1 free in %2</source>
        <translation>%1 frei auf %2</translation>
    </message>
    <message>
        <source>not enough for this model; free some space first.</source>
        <translation>nicht genug für dieses Modell; schaffen Sie zuerst Platz.</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>Dieses Modell &amp;verwenden</translation>
    </message>
    <message>
        <source>Already downloaded.</source>
        <translation>Bereits heruntergeladen.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>%1 of %2 was downloaded earlier; resume to finish it.</source>
        <translation>%1 von %2 wurden bereits heruntergeladen; setzen Sie fort, um den Download abzuschließen.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Resuming %1…</source>
        <translation>%1 wird fortgesetzt…</translation>
    </message>
    <message>
        <source>Cancel the download?</source>
        <translation>Download abbrechen?</translation>
    </message>
    <message>
        <source>The part downloaded so far will be deleted.</source>
        <translation>Der bisher heruntergeladene Teil wird gelöscht.</translation>
    </message>
    <message>
        <source>Downloaded and checked %1.</source>
        <translation>%1 heruntergeladen und geprüft.</translation>
    </message>
    <message>
        <source>Paused. Resume continues where it stopped.</source>
        <translation>Pausiert. Fortsetzen macht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>Download cancelled; the partial file was deleted.</source>
        <translation>Download abgebrochen; die unvollständige Datei wurde gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Paste an access token first.</source>
        <translation>Fügen Sie zuerst ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Choose a GGUF model file</source>
        <translation>GGUF-Modelldatei wählen</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>Database status</source>
        <translation>Datenbankstatus</translation>
    </message>
    <message>
        <source>Back up and &amp;recover…</source>
        <translation>Sichern und &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Keep the damaged file as a backup and rebuild it from what can be read.</source>
        <translation>Die beschädigte Datei als Sicherung behalten und aus dem Lesbaren neu aufbauen.</translation>
    </message>
    <message>
        <source>The database is damaged (%1), so changes are off: you can still read your data. Back it up and recover what can be read?</source>
        <translation>Die Datenbank ist beschädigt (%1), daher sind Änderungen abgeschaltet: Sie können Ihre Daten weiterhin lesen. Sichern und das Lesbare wiederherstellen?</translation>
    </message>
    <message>
        <source>Recover the database?</source>
        <translation>Die Datenbank wiederherstellen?</translation>
    </message>
    <message>
        <source>The damaged file is kept next to the new one as a backup, unchanged. Every row that can still be read is copied into a fresh database; what cannot be read is missing from it.</source>
        <translation>Die beschädigte Datei bleibt unverändert als Sicherung neben der neuen. Jede noch lesbare Zeile wird in eine frische Datenbank kopiert; was nicht lesbar ist, fehlt darin.</translation>
    </message>
    <message>
        <source>Back up and recover</source>
        <translation>Sichern und wiederherstellen</translation>
    </message>
    <message>
        <source>Backing up and recovering…</source>
        <translation>Wird gesichert und wiederhergestellt…</translation>
    </message>
    <message>
        <source>Recovery failed: %1</source>
        <translation>Wiederherstellung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>&lt;b&gt;Subscriptions&lt;/b&gt; (read-only calendars by address)</source>
        <translation>&lt;b&gt;Abonnements&lt;/b&gt; (schreibgeschützte Kalender per Adresse)</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Subscription name</source>
        <translation>Name des Abonnements</translation>
    </message>
    <message>
        <source>e.g. Holidays</source>
        <translation>z. B. Feiertage</translation>
    </message>
    <message>
        <source>Subscription address</source>
        <translation>Adresse des Abonnements</translation>
    </message>
    <message>
        <source>webcal://… or https://….ics</source>
        <translation>webcal://… oder https://….ics</translation>
    </message>
    <message>
        <source>Su&amp;bscribe</source>
        <translation>A&amp;bonnieren</translation>
    </message>
    <message>
        <source>Remove s&amp;ubscription</source>
        <translation>Abonnement &amp;entfernen</translation>
    </message>
    <message>
        <source>Subscriptions status</source>
        <translation>Status der Abonnements</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n event(s), %2</source>
        <translation>
            <numerusform>%1 — %n Termin, %2</numerusform>
            <numerusform>%1 — %n Termine, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message numerus="yes">
        <source>Removed the subscription %1 and its %n event(s).</source>
        <translation>
            <numerusform>Das Abonnement %1 und sein %n Termin wurden entfernt.</numerusform>
            <numerusform>Das Abonnement %1 und seine %n Termine wurden entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync warning</source>
        <translation>Synchronisierungswarnung</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Items changed here and on the server: choose which to keep</source>
        <translation>Hier und auf dem Server geänderte Einträge: Wählen Sie, was bleiben soll</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n Konflikt zu lösen</numerusform>
            <numerusform>%n Konflikte zu lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Syncing with the calendar servers</source>
        <translation>Synchronisierung mit den Kalenderservern</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Sync now: F5</source>
        <translation>Jetzt synchronisieren: F5</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Last sync: %1 %2</source>
        <translation>Letzte Synchronisierung: %1 %2</translation>
    </message>
</context>
<context>
    <name>TaskLists</name>
    <message>
        <source>Local calendar</source>
        <translation>Lokaler Kalender</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>Der Computer hat keinen freien Arbeitsspeicher mehr.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Details are in the log.</source>
        <translation>Etwas ist schiefgegangen (%1). Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>e.g. 3pm or 15:00</source>
        <translation>z. B. 15 Uhr oder 15:00</translation>
    </message>
    <message>
        <source>A time, e.g. &quot;3pm&quot;, &quot;15:00&quot;, &quot;15h&quot; or &quot;noon&quot;; Up/Down step.</source>
        <translation>Eine Uhrzeit, z. B. „3pm“, „15:00“, „15h“ oder „noon“; Auf/Ab ändert sie schrittweise.</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>All-day events</source>
        <translation>Ganztägige Termine</translation>
    </message>
</context>
<context>
    <name>TodoDialog</name>
    <message>
        <source>New to-do</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Edit to-do</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>a&amp;t</source>
        <translation>&amp;um</translation>
    </message>
    <message>
        <source>Due at a time of day</source>
        <translation>Zu einer Uhrzeit fällig</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Fälligkeitszeit</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>Zur Fälligkeitszeit</translation>
    </message>
    <message>
        <source>When the reminder goes off</source>
        <translation>Wann die Erinnerung kommt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>Erin&amp;nerung:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <source>Give the to-do a title.</source>
        <translation>Geben Sie der Aufgabe einen Titel.</translation>
    </message>
    <message>
        <source>A reminder goes off only once the to-do has a due date.</source>
        <translation>Eine Erinnerung kommt erst, wenn die Aufgabe ein Fälligkeitsdatum hat.</translation>
    </message>
    <message>
        <source>Reminder: %1.</source>
        <translation>Erinnerung: %1.</translation>
    </message>
    <message>
        <source>Without a time, it counts from %1 on the due day.</source>
        <translation>Ohne Uhrzeit zählt sie ab %1 am Fälligkeitstag.</translation>
    </message>
    <message>
        <source>That time has passed, so it will not go off.</source>
        <translation>Diese Zeit ist vorbei, daher kommt sie nicht mehr.</translation>
    </message>
</context>
<context>
    <name>TodoFormat</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
</context>
<context>
    <name>TodoTableModel</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>A reminder is set, but it goes off only once there is a due date.</source>
        <translation>Eine Erinnerung ist gesetzt, kommt aber erst, wenn es ein Fälligkeitsdatum gibt.</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Erinnerung: %1</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Kalender: %1</translation>
    </message>
</context>
<context>
    <name>TodosView</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Search to-dos</source>
        <translation>Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>Search, or #tag</source>
        <translation>Suchen oder #Schlagwort</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete selected to-dos</source>
        <translation>Ausgewählte Aufgaben löschen</translation>
    </message>
    <message>
        <source>Delete the selected to-dos (Delete)</source>
        <translation>Die ausgewählten Aufgaben löschen (Entf)</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>e.g. tomorrow 9am, friday, 2026-12-24; empty for none</source>
        <translation>z. B. morgen 9 Uhr, Freitag, 2026-12-24; leer für keins</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Added “%1”; the current filter hides it.</source>
        <translation>„%1“ hinzugefügt; der aktuelle Filter blendet es aus.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Deleted %1 to-dos.</source>
        <translation>%1 Aufgaben gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No to-dos yet. Type one above and press Enter.</source>
        <translation>Noch keine Aufgaben. Geben Sie oben eine ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Hier ist nichts.</translation>
    </message>
</context>
<context>
    <name>Tool</name>
    <message>
        <source>Adding a note</source>
        <translation>Notiz wird hinzugefügt</translation>
    </message>
    <message>
        <source>Adding a to-do</source>
        <translation>Aufgabe wird hinzugefügt</translation>
    </message>
    <message>
        <source>Adding an event</source>
        <translation>Termin wird hinzugefügt</translation>
    </message>
    <message>
        <source>Adding to a note</source>
        <translation>Notiz wird ergänzt</translation>
    </message>
    <message>
        <source>Adding to-dos</source>
        <translation>Aufgaben werden hinzugefügt</translation>
    </message>
    <message>
        <source>Changing a note</source>
        <translation>Notiz wird geändert</translation>
    </message>
    <message>
        <source>Changing a to-do</source>
        <translation>Aufgabe wird geändert</translation>
    </message>
    <message>
        <source>Changing an event</source>
        <translation>Termin wird geändert</translation>
    </message>
    <message>
        <source>Checking off a to-do</source>
        <translation>Aufgabe wird abgehakt</translation>
    </message>
    <message>
        <source>Checking off to-dos</source>
        <translation>Aufgaben werden abgehakt</translation>
    </message>
    <message>
        <source>Creating a note</source>
        <translation>Notiz wird erstellt</translation>
    </message>
    <message>
        <source>Deleting a note</source>
        <translation>Notiz wird gelöscht</translation>
    </message>
    <message>
        <source>Deleting a to-do</source>
        <translation>Aufgabe wird gelöscht</translation>
    </message>
    <message>
        <source>Deleting an event</source>
        <translation>Termin wird gelöscht</translation>
    </message>
    <message>
        <source>Finding free time</source>
        <translation>Freie Zeit wird gesucht</translation>
    </message>
    <message>
        <source>Finding notes</source>
        <translation>Notizen werden gesucht</translation>
    </message>
    <message>
        <source>Looking up an event</source>
        <translation>Termin wird nachgeschlagen</translation>
    </message>
    <message>
        <source>Looking up events</source>
        <translation>Termine werden nachgeschlagen</translation>
    </message>
    <message>
        <source>Looking up notes</source>
        <translation>Notizen werden nachgeschlagen</translation>
    </message>
    <message>
        <source>Looking up reminders</source>
        <translation>Erinnerungen werden nachgeschlagen</translation>
    </message>
    <message>
        <source>Looking up to-dos</source>
        <translation>Aufgaben werden nachgeschlagen</translation>
    </message>
    <message>
        <source>Reading a note</source>
        <translation>Notiz wird gelesen</translation>
    </message>
    <message>
        <source>Reopening a to-do</source>
        <translation>Aufgabe wird wieder geöffnet</translation>
    </message>
    <message>
        <source>Searching notes</source>
        <translation>Notizen werden durchsucht</translation>
    </message>
    <message>
        <source>Tagging a note</source>
        <translation>Notiz wird verschlagwortet</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Show earlier messages</source>
        <translation>Frühere Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>Ask about your to-dos, calendar and notes, for example
“What&apos;s on tomorrow?” or “Remind me to call Anna on Friday at 5pm”.</source>
        <translation>Fragen Sie nach Ihren Aufgaben, Ihrem Kalender und Ihren Notizen, zum Beispiel
„Was steht morgen an?“ oder „Erinnere mich, Anna am Freitag um 17 Uhr anzurufen“.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>&amp;Hide window</source>
        <translation>Fenster &amp;ausblenden</translation>
    </message>
    <message>
        <source>New &amp;to-do…</source>
        <translation>Neue &amp;Aufgabe…</translation>
    </message>
    <message>
        <source>&amp;Quick entry…</source>
        <translation>&amp;Schnelleingabe…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>Fenster an&amp;zeigen</translation>
    </message>
    <message>
        <source>More reminders</source>
        <translation>Weitere Erinnerungen</translation>
    </message>
    <message numerus="yes">
        <source>%n more reminder(s) fell due; see the calendar and to-dos.</source>
        <translation>
            <numerusform>%n weitere Erinnerung ist fällig geworden; siehe Kalender und Aufgaben.</numerusform>
            <numerusform>%n weitere Erinnerungen sind fällig geworden; siehe Kalender und Aufgaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>All day %1</source>
        <translation>Ganztägig %1</translation>
    </message>
    <message>
        <source>Starts %1 at %2</source>
        <translation>Beginnt %1 um %2</translation>
    </message>
    <message>
        <source>To-do due %1</source>
        <translation>Aufgabe fällig %1</translation>
    </message>
    <message>
        <source>To-do due %1 at %2</source>
        <translation>Aufgabe fällig %1 um %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Erinnerung: %1</translation>
    </message>
</context>
<context>
    <name>TurnRenderer</name>
    <message>
        <source>Waiting for your approval…</source>
        <translation>Wartet auf Ihre Zustimmung…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Working: %1…</source>
        <translation>In Arbeit: %1…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 hat nicht funktioniert: %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>The answer reached its length limit here.</source>
        <translation>Die Antwort hat hier ihre Längengrenze erreicht.</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undid %1.</source>
        <translation>%1 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Redid %1.</source>
        <translation>%1 wiederholt.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Your data is locked</source>
        <translation>Ihre Daten sind gesperrt</translation>
    </message>
    <message>
        <source>Your data is encrypted, and the system keychain does not have its key (it may be locked, or this is another desktop session). Type the recovery key you saved when you turned encryption on.</source>
        <translation>Ihre Daten sind verschlüsselt, und der Schlüsselbund des Systems hat den Schlüssel nicht (er ist vielleicht gesperrt, oder dies ist eine andere Desktop-Sitzung). Geben Sie den Wiederherstellungsschlüssel ein, den Sie beim Einschalten der Verschlüsselung gespeichert haben.</translation>
    </message>
    <message>
        <source>Your data is encrypted, and the system keychain does not have its key (it may be locked, or this is another desktop session). Type your passphrase, or the recovery key you saved when you turned encryption on.</source>
        <translation>Ihre Daten sind verschlüsselt, und der Schlüsselbund des Systems hat den Schlüssel nicht (er ist vielleicht gesperrt, oder dies ist eine andere Desktop-Sitzung). Geben Sie Ihre Passphrase ein oder den Wiederherstellungsschlüssel, den Sie beim Einschalten der Verschlüsselung gespeichert haben.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Fehler beim Entsperren</translation>
    </message>
    <message>
        <source>&amp;Keep the key in the keychain of this computer</source>
        <translation>Schlüssel im Schlüsselbund dieses Computers &amp;behalten</translation>
    </message>
    <message>
        <source>No keychain works here, so the recovery key is asked for at each start.</source>
        <translation>Hier funktioniert kein Schlüsselbund, daher wird bei jedem Start nach dem Wiederherstellungsschlüssel gefragt.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Die Passphrase wird geprüft…</translation>
    </message>
    <message>
        <source>That recovery key does not open your data. Check it and try again.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet Ihre Daten nicht. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>UpdateController</name>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>The setup is running; the app closes now.</source>
        <translation>Die Einrichtung läuft; die App wird jetzt geschlossen.</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>&amp;Check once a day</source>
        <translation>&amp;Einmal täglich prüfen</translation>
    </message>
    <message>
        <source>&amp;No, thanks</source>
        <translation>&amp;Nein, danke</translation>
    </message>
    <message>
        <source>Open the &amp;release page</source>
        <translation>&amp;Release-Seite öffnen</translation>
    </message>
    <message>
        <source>Download and &amp;install</source>
        <translation>Herunterladen und &amp;installieren</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Check for new versions? The app would send %1.</source>
        <translation>Nach neuen Versionen suchen? Die App würde %1 senden.</translation>
    </message>
    <message>
        <source>Assistant %1 is available (you have %2).</source>
        <translation>Assistant %1 ist verfügbar (Sie haben %2).</translation>
    </message>
</context>
<context>
    <name>UpdatesBox</name>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>&amp;Check for updates once a day</source>
        <translation>Einmal täglich nach &amp;Updates suchen</translation>
    </message>
    <message>
        <source>When on, the app sends %1. Nothing is sent while this is off.</source>
        <translation>Wenn eingeschaltet, sendet die App %1. Solange es aus ist, wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Update check status</source>
        <translation>Status der Update-Prüfung</translation>
    </message>
</context>
<context>
    <name>UserBubble</name>
    <message>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <source>Pasted text: read only, nothing will be changed.</source>
        <translation>Eingefügter Text: nur lesen, es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message>
        <source>Show all %1 lines</source>
        <translation>Alle %1 Zeilen anzeigen</translation>
    </message>
</context>
<context>
    <name>WindowsToastNotifier</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
</TS>
