<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Calendars and to-do lists on a CalDAV server (Nextcloud, iCloud, Fastmail, Radicale…) stay in sync with this computer. Changes here apply at once.</source>
        <translation>I calendari e gli elenchi di attività di un server CalDAV (Nextcloud, iCloud, Fastmail, Radicale…) restano sincronizzati con questo computer. Le modifiche fatte qui valgono subito.</translation>
    </message>
    <message>
        <source>Accounts and calendars</source>
        <translation>Account e calendari</translation>
    </message>
    <message>
        <source>Account / calendar</source>
        <translation>Account / calendario</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>Stato degli account</translation>
    </message>
    <message>
        <source>&amp;Add CalDAV account…</source>
        <translation>&amp;Aggiungi account CalDAV…</translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation>&amp;Rimuovi account…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only on demand</source>
        <translation>Solo su richiesta</translation>
    </message>
    <message>
        <source>Sync every (minutes)</source>
        <translation>Sincronizza ogni (minuti)</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizza &amp;ogni:</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Ancora nessun account.</translation>
    </message>
    <message>
        <source>Added the account %1; syncing it now.</source>
        <translation>Account %1 aggiunto; sincronizzazione in corso.</translation>
    </message>
    <message>
        <source>Remove the account %1?</source>
        <translation>Rimuovere l’account %1?</translation>
    </message>
    <message>
        <source>Its calendars stop syncing and its password leaves the keychain. Keep its events and to-dos on this computer (as local items), or delete them here? Nothing is deleted on the server.</source>
        <translation>I suoi calendari smettono di sincronizzarsi e la sua password lascia il portachiavi. Tenere i suoi eventi e attività su questo computer (come elementi locali) o eliminarli qui? Sul server non viene eliminato nulla.</translation>
    </message>
    <message>
        <source>Remove, &amp;keep items</source>
        <translation>Rimuovi e &amp;tieni gli elementi</translation>
    </message>
    <message>
        <source>Remove and &amp;delete items</source>
        <translation>Rimuovi ed &amp;elimina gli elementi</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 and %n of its items here.</source>
        <translation>
            <numerusform>Rimosso %1 e %n dei suoi elementi qui.</numerusform>
            <numerusform>Rimosso %1 e %n dei suoi elementi qui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1; its items stay here as local ones.</source>
        <translation>Rimosso %1; i suoi elementi restano qui come elementi locali.</translation>
    </message>
</context>
<context>
    <name>ActionCard</name>
    <message>
        <source>Action: %1</source>
        <translation>Azione: %1</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Che cosa è cambiato</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annulla: %1</translation>
    </message>
    <message>
        <source>Put things back as they were before this change</source>
        <translation>Riporta tutto com’era prima di questa modifica</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annullato</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>No date</source>
        <translation>Nessuna data</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Azione da fare</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>%1 (looks like phishing)</source>
        <translation>%1 (sembra phishing)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Non aggiunto</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Aggiunta…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aggiunto</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Rimozione…</translation>
    </message>
    <message>
        <source>Looks like phishing: %1. “Add all” leaves it out.</source>
        <translation>Sembra phishing: %1. «Aggiungi tutto» lo esclude.</translation>
    </message>
    <message>
        <source>This date could not be worked out; it will be added without one.</source>
        <translation>Non è stato possibile determinare questa data; verrà aggiunto senza data.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add a CalDAV account</source>
        <translation>Aggiungi un account CalDAV</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Password o password per app</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nome dell’account</translation>
    </message>
    <message>
        <source>e.g. work (default: the host)</source>
        <translation>es. lavoro (predefinito: l’host)</translation>
    </message>
    <message>
        <source>&amp;Find calendars</source>
        <translation>&amp;Trova calendari</translation>
    </message>
    <message>
        <source>Find calendars</source>
        <translation>Trova calendari</translation>
    </message>
    <message>
        <source>Calendars found</source>
        <translation>Calendari trovati</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Stato dell’account</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Aggiungi account</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Looking for calendars…</source>
        <translation>Ricerca dei calendari…</translation>
    </message>
    <message>
        <source>Give the password (or an app password made for this app).</source>
        <translation>Inserisci la password (o una password per app creata per questa app).</translation>
    </message>
    <message numerus="yes">
        <source>Found %n calendar(s). Choose what to sync.</source>
        <translation>
            <numerusform>Trovato %n calendario. Scegli cosa sincronizzare.</numerusform>
            <numerusform>Trovati %n calendari. Scegli cosa sincronizzare.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account has no calendars for events or to-dos.</source>
        <translation>L’account non ha calendari per eventi o attività.</translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation>Aggiunta dell’account…</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No events</source>
        <translation>Nessun evento</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>si ripete</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>fino al %1</translation>
    </message>
</context>
<context>
    <name>AllDayRow</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>altri %n</numerusform>
            <numerusform>altri %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerBlock</name>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
</context>
<context>
    <name>ApprovalCard</name>
    <message>
        <source>Approval needed: %1</source>
        <translation>Serve l’approvazione: %1</translation>
    </message>
    <message>
        <source>Allow this change?</source>
        <translation>Consentire questa modifica?</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>Che cosa cambierebbe</translation>
    </message>
    <message>
        <source>Asked because %1. Check it before you approve.</source>
        <translation>Chiesto perché %1. Controlla prima di approvare.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>Approve: %1</source>
        <translation>Approva: %1</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Deny: %1</source>
        <translation>Rifiuta: %1</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Approvato.</translation>
    </message>
    <message>
        <source>Denied: nothing was changed.</source>
        <translation>Rifiutato: non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Interrotto: non è stato cambiato nulla.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Calendar message</source>
        <translation>Messaggio del calendario</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
</context>
<context>
    <name>CalendarList</name>
    <message>
        <source>Calendars</source>
        <translation>Calendari</translation>
    </message>
    <message>
        <source>Local calendar</source>
        <translation>Calendario locale</translation>
    </message>
    <message>
        <source>Show or hide the events of %1</source>
        <translation>Mostra o nascondi gli eventi di %1</translation>
    </message>
</context>
<context>
    <name>CalendarPrompts</name>
    <message>
        <source>Edit repeating event</source>
        <translation>Modifica evento ricorrente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; repeats. What do you want to change?</source>
        <translation>«%1» si ripete. Che cosa vuoi cambiare?</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Questo evento</translation>
    </message>
    <message>
        <source>All events in the series</source>
        <translation>Tutti gli eventi della serie</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Elimina evento</translation>
    </message>
    <message>
        <source>You can undo this right afterwards.</source>
        <translation>Puoi annullare subito dopo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; repeats. Delete only the occurrence on %2, or every event in the series?</source>
        <translation>«%1» si ripete. Eliminare solo la ricorrenza del %2 o tutti gli eventi della serie?</translation>
    </message>
    <message>
        <source>Delete this event</source>
        <translation>Elimina questo evento</translation>
    </message>
    <message>
        <source>Delete all events</source>
        <translation>Elimina tutti gli eventi</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; on %2?</source>
        <translation>Eliminare «%1» del %2?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Sostituisci file</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 esiste già. Vuoi sostituirlo?</translation>
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
        <translation>Filtra eventi</translation>
    </message>
    <message>
        <source>Filter events by title or place</source>
        <translation>Filtra gli eventi per titolo o luogo</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Mostra oggi</translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation>Nuovo &amp;evento…</translation>
    </message>
    <message>
        <source>Add an event (Ctrl+E)</source>
        <translation>Aggiungi un evento (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mo&amp;difica…</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Modifica l’evento selezionato</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Elimina l’evento selezionato</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>&amp;Giorno</translation>
    </message>
    <message>
        <source>Show the selected day</source>
        <translation>Mostra il giorno selezionato</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Settimana</translation>
    </message>
    <message>
        <source>Show the selected day&apos;s week</source>
        <translation>Mostra la settimana del giorno selezionato</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>O&amp;re</translation>
    </message>
    <message>
        <source>Show an hour grid</source>
        <translation>Mostra una griglia oraria</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mporta…</translation>
    </message>
    <message>
        <source>Import .ics files</source>
        <translation>Importa file .ics</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <source>Export as an .ics file</source>
        <translation>Esporta come file .ics</translation>
    </message>
    <message>
        <source>Nothing planned. Double-click a day or press “New event…” to add one.</source>
        <translation>Niente in programma. Fai doppio clic su un giorno o premi «Nuovo evento…» per aggiungerne uno.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Settimana del %1</translation>
    </message>
    <message>
        <source>The calendar could not be loaded: %1</source>
        <translation>Impossibile caricare il calendario: %1</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importa calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical);;All files (*)</source>
        <translation>File di calendario (*.ics *.ical);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importazione di %n file…</numerusform>
            <numerusform>Importazione di %n file…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Esporta calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Not sent.</source>
        <translation>Non inviato.</translation>
    </message>
    <message>
        <source>The model is still loading… Your message will be sent when it is ready.</source>
        <translation>Il modello è ancora in caricamento… Il tuo messaggio verrà inviato quando sarà pronto.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Elimina conversazione</translation>
    </message>
    <message>
        <source>Delete this conversation? Changes it made to your data stay.</source>
        <translation>Eliminare questa conversazione? Le modifiche che ha fatto ai tuoi dati restano.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1 Open Settings to choose another.</source>
        <translation>Impossibile caricare il modello: %1 Apri le Impostazioni per sceglierne un altro.</translation>
    </message>
    <message>
        <source>No model is set up. Open Settings (File ▸ Settings…) to choose one.</source>
        <translation>Nessun modello configurato. Apri le Impostazioni (File ▸ Impostazioni…) per sceglierne uno.</translation>
    </message>
    <message>
        <source>Your message was not sent.</source>
        <translation>Il tuo messaggio non è stato inviato.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Chat status</source>
        <translation>Stato della chat</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Invia messaggio</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Invia (Invio)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>Interrompi la generazione</translation>
    </message>
    <message>
        <source>Stop generating (Esc)</source>
        <translation>Interrompi la generazione (Esc)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on both sides</source>
        <translation>Modificato da entrambe le parti</translation>
    </message>
    <message>
        <source>These items were changed on this computer and on the server since the last sync. Choose which version to keep; nothing is merged.</source>
        <translation>Questi elementi sono stati modificati su questo computer e sul server dall’ultima sincronizzazione. Scegli quale versione tenere; non viene unito nulla.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Su questo computer</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sul server</translation>
    </message>
    <message>
        <source>Conflict message</source>
        <translation>Messaggio di conflitto</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Tieni la &amp;mia</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Tieni quella del &amp;server</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Tieni &amp;entrambe</translation>
    </message>
    <message>
        <source>Nothing left to resolve.</source>
        <translation>Non resta nulla da risolvere.</translation>
    </message>
    <message>
        <source>Deleted on this computer.</source>
        <translation>Eliminato su questo computer.</translation>
    </message>
    <message>
        <source>Deleted on the server.</source>
        <translation>Eliminato sul server.</translation>
    </message>
    <message>
        <source>Kept. The server gets your choice with this sync.</source>
        <translation>Tenuto. Il server riceve la tua scelta con questa sincronizzazione.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>Nuova conversazione</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Conversations</source>
        <translation>Conversazioni</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nuova conversazione</translation>
    </message>
    <message>
        <source>Start an empty conversation (Ctrl+Shift+C)</source>
        <translation>Inizia una conversazione vuota (Ctrl+Maiusc+C)</translation>
    </message>
    <message>
        <source>Recent conversations</source>
        <translation>Conversazioni recenti</translation>
    </message>
    <message>
        <source>Delete conversation…</source>
        <translation>Elimina conversazione…</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <source>Data status</source>
        <translation>Stato dei dati</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Cartella dei dati:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Apri cartella</translation>
    </message>
    <message>
        <source>Show the data files.</source>
        <translation>Mostra i file dei dati.</translation>
    </message>
    <message>
        <source>E&amp;xport everything…</source>
        <translation>E&amp;sporta tutto…</translation>
    </message>
    <message>
        <source>Calendar (.ics), notes (Markdown) and all records (JSON), in a new dated folder.</source>
        <translation>Calendario (.ics), note (Markdown) e tutti i record (JSON), in una nuova cartella con la data.</translation>
    </message>
    <message>
        <source>&amp;Forget deleted items…</source>
        <translation>&amp;Dimentica gli elementi eliminati…</translation>
    </message>
    <message>
        <source>Remove the text of deleted to-dos, events and notes from the undo history and the database file.</source>
        <translation>Rimuovi il testo di attività, eventi e note eliminati dalla cronologia degli annullamenti e dal file del database.</translation>
    </message>
    <message>
        <source>Erase e&amp;verything…</source>
        <translation>&amp;Cancella tutto…</translation>
    </message>
    <message>
        <source>Delete all to-dos, events, notes and conversations.</source>
        <translation>Elimina tutte le attività, gli eventi, le note e le conversazioni.</translation>
    </message>
    <message>
        <source>Export everything to</source>
        <translation>Esporta tutto in</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <source>Forget deleted items?</source>
        <translation>Dimenticare gli elementi eliminati?</translation>
    </message>
    <message>
        <source>Deleted items stay in the undo history so that a deletion can be undone. This removes their text for good; their deletion can no longer be undone.</source>
        <translation>Gli elementi eliminati restano nella cronologia degli annullamenti, così che un’eliminazione si possa annullare. Questo ne rimuove il testo per sempre; la loro eliminazione non potrà più essere annullata.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Dimentica</translation>
    </message>
    <message>
        <source>Forgetting deleted items…</source>
        <translation>Eliminazione definitiva degli elementi eliminati…</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Cancellazione…</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>EditFlow</name>
    <message>
        <source>“%1” comes from the subscription %2, which is read-only.</source>
        <translation>«%1» proviene dall’abbonamento %2, che è di sola lettura.</translation>
    </message>
    <message>
        <source>Only the whole series of “%1” can become all day; drag it again and choose all events.</source>
        <translation>Solo l’intera serie «%1» può diventare tutto il giorno; trascinalo di nuovo e scegli «Tutti gli eventi della serie».</translation>
    </message>
    <message>
        <source>“%1” comes from the subscription %2, which is read-only: nothing was deleted. Remove the subscription in Settings → Accounts to drop its events.</source>
        <translation>«%1» proviene dall’abbonamento %2, che è di sola lettura: non è stato eliminato nulla. Rimuovi l’abbonamento in Impostazioni → Account per eliminarne gli eventi.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Ripetizione</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>all’inizio</translation>
    </message>
    <message>
        <source>d</source>
        <translation>g</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>%1 %2 before</source>
        <translation>%1 %2 prima</translation>
    </message>
</context>
<context>
    <name>EmailView</name>
    <message>
        <source>Paste an email here…</source>
        <translation>Incolla qui un’email…</translation>
    </message>
    <message>
        <source>Email text</source>
        <translation>Testo dell’email</translation>
    </message>
    <message>
        <source>Length of the email</source>
        <translation>Lunghezza dell’email</translation>
    </message>
    <message>
        <source>&amp;Summarize</source>
        <translation>&amp;Riassumi</translation>
    </message>
    <message>
        <source>Summarize the email and list its action items (Ctrl+Enter)</source>
        <translation>Riassumi l’email ed elenca le sue azioni da fare (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>S&amp;horter</source>
        <translation>Più &amp;breve</translation>
    </message>
    <message>
        <source>&amp;Friendlier</source>
        <translation>Più &amp;cordiale</translation>
    </message>
    <message>
        <source>More f&amp;ormal</source>
        <translation>Più f&amp;ormale</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Interrom&amp;pi</translation>
    </message>
    <message>
        <source>Stop the model</source>
        <translation>Interrompi il modello</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Email panel message</source>
        <translation>Messaggio del pannello email</translation>
    </message>
    <message>
        <source>Rewrite:</source>
        <translation>Riscrivi:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riassunto</translation>
    </message>
    <message>
        <source>The summary and the email&apos;s action items appear here.</source>
        <translation>Qui compaiono il riassunto e le azioni da fare dell’email.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action items&lt;/b&gt;</source>
        <translation>&lt;b&gt;Azioni da fare&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rewritten text</source>
        <translation>Testo riscritto</translation>
    </message>
    <message>
        <source>Rewritten text appears here.</source>
        <translation>Qui compare il testo riscritto.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copy the rewritten text</source>
        <translation>Copia il testo riscritto</translation>
    </message>
    <message>
        <source>&amp;Replace text</source>
        <translation>&amp;Sostituisci il testo</translation>
    </message>
    <message>
        <source>Put the rewritten text into the email box (Ctrl+Z there takes it back)</source>
        <translation>Metti il testo riscritto nella casella dell’email (lì Ctrl+Z lo annulla)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Riscrivi</translation>
    </message>
    <message>
        <source>Rewrite the email about half as long</source>
        <translation>Riscrivi l’email lunga circa la metà</translation>
    </message>
    <message>
        <source>Rewrite the email in a warmer tone</source>
        <translation>Riscrivi l’email con un tono più caldo</translation>
    </message>
    <message>
        <source>Rewrite the email in a formal business tone</source>
        <translation>Riscrivi l’email con un tono formale e professionale</translation>
    </message>
    <message>
        <source>The model is still loading; summaries and rewrites work once it is ready.</source>
        <translation>Il modello è ancora in caricamento; riassunti e riscritture funzioneranno quando sarà pronto.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>Impossibile caricare il modello: %1</translation>
    </message>
    <message>
        <source>No model is loaded, so emails cannot be summarized or rewritten yet.</source>
        <translation>Nessun modello caricato, quindi le email non si possono ancora riassumere o riscrivere.</translation>
    </message>
    <message>
        <source>Reading the email…</source>
        <translation>Lettura dell’email…</translation>
    </message>
    <message>
        <source>Summarizing…</source>
        <translation>Riassunto in corso…</translation>
    </message>
    <message>
        <source>Rewriting…</source>
        <translation>Riscrittura in corso…</translation>
    </message>
    <message>
        <source>Wait for the model to finish, or press Stop.</source>
        <translation>Attendi che il modello finisca, oppure premi Interrompi.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <source>The rewritten text is on the clipboard.</source>
        <translation>Il testo riscritto è negli appunti.</translation>
    </message>
    <message>
        <source>There is no text to work on. Paste an email first.</source>
        <translation>Non c’è testo su cui lavorare. Incolla prima un’email.</translation>
    </message>
    <message>
        <source>The text is %1 characters long; the limit is %2. Shorten it first.</source>
        <translation>Il testo è lungo %1 caratteri; il limite è %2. Accorcialo prima.</translation>
    </message>
    <message>
        <source>Stopped. The text so far is kept.</source>
        <translation>Interrotto. Il testo ottenuto finora viene mantenuto.</translation>
    </message>
    <message>
        <source>Done. Copy the text, or replace the email with it.</source>
        <translation>Fatto. Copia il testo, oppure sostituisci l’email con esso.</translation>
    </message>
    <message>
        <source>The email asks for nothing; no action items.</source>
        <translation>L’email non chiede nulla; nessuna azione da fare.</translation>
    </message>
    <message>
        <source>One action item found. Add it if you want it.</source>
        <translation>Trovata un’azione da fare. Aggiungila se vuoi.</translation>
    </message>
    <message>
        <source>%1 action items found. Add the ones you want.</source>
        <translation>Trovate %1 azioni da fare. Aggiungi quelle che vuoi.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrotto.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caratteri</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase everything?</source>
        <translation>Cancellare tutto?</translation>
    </message>
    <message>
        <source>This deletes every to-do, event, note and conversation, and the undo history. It cannot be undone. Export everything first if you may want it back.

Type %1 to confirm.</source>
        <translation>Questo elimina tutte le attività, gli eventi, le note e le conversazioni, e la cronologia degli annullamenti. Non si può annullare. Esporta prima tutto se potresti volerlo riavere.

Digita %1 per confermare.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Digita %1 per confermare</translation>
    </message>
    <message>
        <source>&amp;Erase everything</source>
        <translation>&amp;Cancella tutto</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifica evento</translation>
    </message>
    <message>
        <source>Edit this occurrence</source>
        <translation>Modifica questa ricorrenza</translation>
    </message>
    <message>
        <source>Edit all events in the series</source>
        <translation>Modifica tutti gli eventi della serie</translation>
    </message>
    <message>
        <source>e.g. Dentist</source>
        <translation>es. Dentista</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>&amp;Tutto il giorno</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Ora di inizio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Ora di fine</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>All’inizio</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fine:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>Pro&amp;memoria:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ca&amp;lendario:</translation>
    </message>
    <message>
        <source>Only this occurrence changes; the series keeps its rule.</source>
        <translation>Cambia solo questa ricorrenza; la serie mantiene la sua regola.</translation>
    </message>
    <message>
        <source>Event from %1 (read-only)</source>
        <translation>Evento da %1 (sola lettura)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>This event comes from the subscription %1, which is read-only: it cannot be changed or deleted here.</source>
        <translation>Questo evento proviene dall’abbonamento %1, che è di sola lettura: qui non può essere modificato né eliminato.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <source>Only the whole series can become all-day: edit all events instead.</source>
        <translation>Solo l’intera serie può diventare di tutto il giorno: modifica invece tutti gli eventi.</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Dai un titolo all’evento.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>La fine è prima dell’inizio.</translation>
    </message>
    <message>
        <source>(%1 day(s))</source>
        <translation>(%1 giorno/i)</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>HitList</name>
    <message>
        <source>To-do</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ItemEdit</name>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
</context>
<context>
    <name>MacNotifier</name>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
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
        <translation>Attività</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>Stato del modello</translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation>Avanzamento del caricamento del modello</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>Dove viene eseguito il modello</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import calendar (.ics)…</source>
        <translation>&amp;Importa calendario (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Export calendar (.ics)…</source>
        <translation>&amp;Esporta calendario (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>I&amp;mpostazioni…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Account…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Chiudi &amp;finestra</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Es&amp;ci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Cerca ovunque…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <source>New &amp;conversation</source>
        <translation>Nuova &amp;conversazione</translation>
    </message>
    <message>
        <source>New &amp;to-do</source>
        <translation>Nuova &amp;attività</translation>
    </message>
    <message>
        <source>New &amp;event</source>
        <translation>Nuovo &amp;evento</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Nuova &amp;nota</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Ask the &amp;assistant</source>
        <translation>Chiedi all’&amp;assistente</translation>
    </message>
    <message>
        <source>&amp;Stop generating</source>
        <translation>&amp;Interrompi la generazione</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Scorciatoie da &amp;tastiera</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Informazioni</translation>
    </message>
    <message>
        <source>Preparing the assistant (first time only): %1 %</source>
        <translation>Preparazione dell’assistente (solo la prima volta): %1 %</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>verifica del file</translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation>lettura del file</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>caricamento</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>caricato</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connessione</translation>
    </message>
    <message>
        <source>Loading %1: %2</source>
        <translation>Caricamento di %1: %2</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modello: %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Caricamento di %1…</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>Impossibile caricare il modello: %1</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Nessun modello caricato</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Su %1</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Su questo computer</translation>
    </message>
    <message>
        <source>The model runs on the server %1: what you type is sent there.</source>
        <translation>Il modello viene eseguito sul server %1: ciò che scrivi viene inviato lì.</translation>
    </message>
    <message>
        <source>The model runs on this computer: nothing you type leaves it.</source>
        <translation>Il modello viene eseguito su questo computer: nulla di ciò che scrivi ne esce.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importa calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical);;All files (*)</source>
        <translation>File di calendario (*.ics *.ical);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Invia messaggio</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>New line in a message</source>
        <translation>Nuova riga in un messaggio</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Maiusc+Invio</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assistant %1&lt;/p&gt;&lt;p&gt;To-dos, calendar and notes with a language model that runs on this computer. Your data stays on this device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Assistant %1&lt;/p&gt;&lt;p&gt;Attività, calendario e note con un modello linguistico che gira su questo computer. I tuoi dati restano su questo dispositivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;MIT License. &lt;a href=&quot;%1&quot;&gt;Third-party licences&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licenza MIT. &lt;a href=&quot;%1&quot;&gt;Licenze di terze parti&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Assistant</source>
        <translation>Informazioni su Assistant</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Chiudi il messaggio</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Ask or tell the assistant something… (Enter sends, Shift+Enter: new line)</source>
        <translation>Chiedi o di’ qualcosa all’assistente… (Invio invia, Maiusc+Invio: nuova riga)</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Giorni del mese</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mese precedente</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mese successivo</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Scegli il mese</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Scegli l’anno</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Titolo della nota</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tag, separati da virgole</translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>Tag della nota</translation>
    </message>
    <message>
        <source>Tags, separated by commas, e.g. work, ideas</source>
        <translation>Tag, separati da virgole, es. lavoro, idee</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list</source>
        <translation>Scrivi in Markdown: # titolo, **grassetto**, - elenco</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Testo della nota</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>The formatted note appears here.</source>
        <translation>Qui compare la nota formattata.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <source>Show or hide the formatted preview (Ctrl+P)</source>
        <translation>Mostra o nascondi l’anteprima formattata (Ctrl+P)</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Mostra anteprima</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>Elimina questa nota</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Elimina nota</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>tags: %1</source>
        <translation>tag: %1</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Cerca nelle note</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <source>New note (Ctrl+N)</source>
        <translation>Nuova nota (Ctrl+N)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nuova nota</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtra per tag</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tutti i tag</translation>
    </message>
    <message>
        <source>Notes list</source>
        <translation>Elenco delle note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Elimina nota</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Note trovate</translation>
    </message>
    <message>
        <source>Pick a note on the left, or press Ctrl+N to write a new one.</source>
        <translation>Scegli una nota a sinistra, oppure premi Ctrl+N per scriverne una nuova.</translation>
    </message>
    <message>
        <source>Delete the note “%1”? You can bring it back with Undo.</source>
        <translation>Eliminare la nota «%1»? Puoi recuperarla con Annulla.</translation>
    </message>
    <message>
        <source>Could not delete the note</source>
        <translation>Impossibile eliminare la nota</translation>
    </message>
    <message>
        <source>No notes match.</source>
        <translation>Nessuna nota corrisponde.</translation>
    </message>
    <message>
        <source>No notes yet. Press Ctrl+N to write one.</source>
        <translation>Ancora nessuna nota. Premi Ctrl+N per scriverne una.</translation>
    </message>
    <message>
        <source>Showing the %1 best matches.</source>
        <translation>Sono mostrati i %1 risultati migliori.</translation>
    </message>
    <message>
        <source>Showing the %1 most recent notes; search to find older ones.</source>
        <translation>Sono mostrate le %1 note più recenti; cerca per trovare quelle più vecchie.</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 note</translation>
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
        <translation>Una passphrase scelta da te apre i tuoi dati dove il portachiavi non può, come la chiave di recupero. È conservata accanto ai tuoi dati: scegline una lunga (almeno %1 caratteri) che non usi da nessun’altra parte.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nuova passphrase</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Di nuovo la stessa</translation>
    </message>
    <message>
        <source>Passphrase error</source>
        <translation>Errore della passphrase</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Imposta la passphrase</translation>
    </message>
    <message>
        <source>&amp;Remove passphrase</source>
        <translation>&amp;Rimuovi la passphrase</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Le due passphrase sono diverse; digitale di nuovo.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Una passphrase deve avere almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Passphrase set: it opens your data too.</source>
        <translation>Passphrase impostata: apre anche lei i tuoi dati.</translation>
    </message>
    <message>
        <source>Passphrase removed: the recovery key still opens your data.</source>
        <translation>Passphrase rimossa: la chiave di recupero apre ancora i tuoi dati.</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <source>That to-do no longer exists.</source>
        <translation>Quell’attività non esiste più.</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Quella nota non esiste più.</translation>
    </message>
    <message>
        <source>That event no longer exists.</source>
        <translation>Quell’evento non esiste più.</translation>
    </message>
    <message>
        <source>That change is no longer in the history.</source>
        <translation>Quella modifica non è più nella cronologia.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>&amp;Encrypt my data</source>
        <translation>&amp;Cifra i miei dati</translation>
    </message>
    <message>
        <source>Encrypt the database on this computer with a key kept in the keychain.</source>
        <translation>Cifra il database su questo computer con una chiave conservata nel portachiavi.</translation>
    </message>
    <message>
        <source>Encrypts your to-dos, events, notes and conversations on disk (SQLCipher), so a lost or shared disk does not give them away. The key is kept in the system keychain; a recovery key, shown once, opens your data where the keychain cannot.</source>
        <translation>Cifra attività, eventi, note e conversazioni sul disco (SQLCipher), così che un disco perso o condiviso non li riveli. La chiave è conservata nel portachiavi di sistema; una chiave di recupero, mostrata una sola volta, apre i tuoi dati dove il portachiavi non può.</translation>
    </message>
    <message>
        <source>Encryption status</source>
        <translation>Stato della cifratura</translation>
    </message>
    <message>
        <source>C&amp;hange key…</source>
        <translation>Ca&amp;mbia la chiave…</translation>
    </message>
    <message>
        <source>Re-encrypt your data with a new key and show its new recovery key.</source>
        <translation>Cifra di nuovo i tuoi dati con una nuova chiave e mostra la sua nuova chiave di recupero.</translation>
    </message>
    <message>
        <source>&amp;Passphrase…</source>
        <translation>&amp;Passphrase…</translation>
    </message>
    <message>
        <source>Choose a passphrase that opens your data too, where the keychain cannot.</source>
        <translation>Scegli una passphrase che apra anche lei i tuoi dati dove il portachiavi non può.</translation>
    </message>
    <message>
        <source>Converting the database</source>
        <translation>Conversione del database</translation>
    </message>
    <message>
        <source>Your data is encrypted.</source>
        <translation>I tuoi dati sono cifrati.</translation>
    </message>
    <message>
        <source>Encryption is not available: %1.</source>
        <translation>La cifratura non è disponibile: %1.</translation>
    </message>
    <message>
        <source>Your data is not encrypted.</source>
        <translation>I tuoi dati non sono cifrati.</translation>
    </message>
    <message>
        <source>Turn encryption off?</source>
        <translation>Disattivare la cifratura?</translation>
    </message>
    <message>
        <source>Your data will be stored unencrypted on this computer from now on.</source>
        <translation>D’ora in poi i tuoi dati saranno salvati non cifrati su questo computer.</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>Your data will be encrypted again with a new key. Once it is, the old recovery key no longer opens your data; this new one does. It is shown only now: save it in a password manager or write it down.</source>
        <translation>I tuoi dati saranno cifrati di nuovo con una nuova chiave. Dopo, la vecchia chiave di recupero non apre più i tuoi dati; questa nuova sì. Viene mostrata solo ora: salvala in un gestore di password o scrivila.</translation>
    </message>
    <message>
        <source>C&amp;hange the key</source>
        <translation>Ca&amp;mbia la chiave</translation>
    </message>
    <message>
        <source>Changing the key… (the app waits meanwhile)</source>
        <translation>Cambio della chiave… (l’app attende nel frattempo)</translation>
    </message>
    <message>
        <source>Converting the database… (the app waits meanwhile)</source>
        <translation>Conversione del database… (nel frattempo l’app attende)</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>Action items</source>
        <translation>Azioni da fare</translation>
    </message>
    <message>
        <source>Add all</source>
        <translation>Aggiungi tutto</translation>
    </message>
    <message>
        <source>Add all action items</source>
        <translation>Aggiungi tutte le azioni da fare</translation>
    </message>
    <message>
        <source>Result of adding</source>
        <translation>Risultato dell’aggiunta</translation>
    </message>
    <message>
        <source>Removed “%1” again.</source>
        <translation>«%1» rimosso di nuovo.</translation>
    </message>
</context>
<context>
    <name>QuickAddBox</name>
    <message>
        <source>New to-do</source>
        <translation>Nuova attività</translation>
    </message>
    <message>
        <source>Add a to-do, e.g. “call mom friday 5pm !high #family”</source>
        <translation>Aggiungi un’attività, es. «chiamare mamma venerdì 17:00 !high #famiglia»</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Add to-do</source>
        <translation>Aggiungi attività</translation>
    </message>
    <message>
        <source>What will be added</source>
        <translation>Che cosa verrà aggiunto</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>The calendar the new to-do goes to</source>
        <translation>Il calendario in cui va la nuova attività</translation>
    </message>
    <message>
        <source>Put a date at the start or end; !high or !low sets the priority, #word a tag.</source>
        <translation>Metti una data all’inizio o alla fine; !high o !low imposta la priorità, #parola un tag.</translation>
    </message>
    <message>
        <source>Write what needs doing, not only when.</source>
        <translation>Scrivi che cosa c’è da fare, non solo quando.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>scadenza %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>nessuna scadenza</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>priorità alta</translation>
    </message>
    <message>
        <source>low priority</source>
        <translation>priorità bassa</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Open the quick-entry window</source>
        <translation>Apri la finestra di inserimento rapido</translation>
    </message>
    <message>
        <source>The shortcut %1 could not be set: the system refused it (another app may be using it, or the key cannot be used). Try another one, such as Ctrl+Shift+Space.</source>
        <translation>Impossibile impostare la scorciatoia %1: il sistema l’ha rifiutata (forse un’altra app la usa, o il tasto non si può usare). Provane un’altra, come Ctrl+Shift+Space.</translation>
    </message>
    <message>
        <source>The shortcut %1 could not be set: this desktop offers no global shortcuts, or the request was declined. You can bind “assistant --quick-add” in your desktop&apos;s keyboard settings instead.</source>
        <translation>Impossibile impostare la scorciatoia %1: questo desktop non offre scorciatoie globali, oppure la richiesta è stata rifiutata. In alternativa, associa «assistant --quick-add» a un tasto nelle impostazioni della tastiera del tuo desktop.</translation>
    </message>
</context>
<context>
    <name>QuickEntryChips</name>
    <message>
        <source>Due: %1</source>
        <translation>Scadenza: %1</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Priorità alta</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Priorità bassa</translation>
    </message>
</context>
<context>
    <name>QuickEntryWindow</name>
    <message>
        <source>Quick entry</source>
        <translation>Inserimento rapido</translation>
    </message>
    <message>
        <source>New to-do</source>
        <translation>Nuova attività</translation>
    </message>
    <message>
        <source>call mom friday 5pm !high #family</source>
        <translation>chiamare mamma venerdì 17:00 !high #famiglia</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Save to-do</source>
        <translation>Salva attività</translation>
    </message>
    <message>
        <source>Enter: save the to-do</source>
        <translation>Invio: salva l’attività</translation>
    </message>
    <message>
        <source>Ask the assistant</source>
        <translation>Chiedi all’assistente</translation>
    </message>
    <message>
        <source>Ctrl+Enter: send the text to the chat instead</source>
        <translation>Ctrl+Invio: invia invece il testo alla chat</translation>
    </message>
    <message>
        <source>A date at the start or end; !high or !low, #tags.</source>
        <translation>Una data all’inizio o alla fine; !high o !low, #etichette.</translation>
    </message>
    <message>
        <source>Write what needs doing, not only when.</source>
        <translation>Scrivi cosa c’è da fare, non solo quando.</translation>
    </message>
    <message>
        <source>Type a to-do first, e.g. “call mom friday 5pm”.</source>
        <translation>Scrivi prima un’attività, es. «chiamare mamma venerdì 17:00».</translation>
    </message>
    <message>
        <source>Type what to ask first.</source>
        <translation>Scrivi prima cosa chiedere.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Save your recovery key</source>
        <translation>Salva la chiave di recupero</translation>
    </message>
    <message>
        <source>Your data will be encrypted with a key kept in the system keychain. Where the keychain cannot give it (another desktop session, a new computer), only this recovery key opens your data. It is shown only now: save it in a password manager or write it down.</source>
        <translation>I tuoi dati saranno cifrati con una chiave conservata nel portachiavi di sistema. Dove il portachiavi non può fornirla (un’altra sessione desktop, un nuovo computer), solo questa chiave di recupero apre i tuoi dati. Viene mostrata solo ora: salvala in un gestore di password o scrivila.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>I have saved my recovery key somewhere safe</source>
        <translation>Ho conservato la chiave di recupero in un posto sicuro</translation>
    </message>
    <message>
        <source>&amp;Encrypt my data</source>
        <translation>&amp;Cifra i miei dati</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Repeat</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Non si ripete</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ogni giorno</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Ogni settimana</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ogni mese</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Ogni anno</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)</source>
        <translation>Regola personalizzata (RRULE)</translation>
    </message>
    <message>
        <source>every </source>
        <translation>ogni </translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>Intervallo di ripetizione</translation>
    </message>
    <message>
        <source>Repetition ends</source>
        <translation>Fine della ripetizione</translation>
    </message>
    <message>
        <source>Never ends</source>
        <translation>Non finisce mai</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Finisce il</translation>
    </message>
    <message>
        <source>Ends after</source>
        <translation>Finisce dopo</translation>
    </message>
    <message>
        <source>Last day of the repetition</source>
        <translation>Ultimo giorno della ripetizione</translation>
    </message>
    <message>
        <source> times</source>
        <translation> volte</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Numero di volte</translation>
    </message>
    <message>
        <source>Custom repeat rule</source>
        <translation>Regola di ripetizione personalizzata</translation>
    </message>
    <message>
        <source>An iCalendar RRULE, e.g. FREQ=MONTHLY;BYDAY=2TU</source>
        <translation>Una RRULE iCalendar, es. FREQ=MONTHLY;BYDAY=2TU</translation>
    </message>
    <message>
        <source>Repeat summary</source>
        <translation>Riepilogo della ripetizione</translation>
    </message>
    <message>
        <source>Enter a repeat rule, e.g. FREQ=MONTHLY;BYDAY=2TU.</source>
        <translation>Inserisci una regola di ripetizione, es. FREQ=MONTHLY;BYDAY=2TU.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Scegli almeno un giorno della settimana.</translation>
    </message>
    <message>
        <source>The repetition cannot end before the event starts.</source>
        <translation>La ripetizione non può finire prima dell’inizio dell’evento.</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>giorno/i</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>settimana/e</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>mese/i</translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation>anno/i</translation>
    </message>
    <message>
        <source>Repeats %1.</source>
        <translation>Si ripete %1.</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Posticipato fino a %1.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Ignorato.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>domani %1</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
</context>
<context>
    <name>ReminderChoice</name>
    <message>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Nessun promemoria</translation>
    </message>
    <message>
        <source>%1 day(s) before</source>
        <translation>%1 giorno/i prima</translation>
    </message>
    <message>
        <source>%1 hour(s) before</source>
        <translation>%1 ora/e prima</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>%1 minuti prima</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Snooze 5 min</source>
        <translation>Posticipa di 5 min</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Posticipa di 1 ora</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Domani</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Check or change it before adding</source>
        <translation>Controlla o cambia prima di aggiungere</translation>
    </message>
    <message>
        <source>Added ✓</source>
        <translation>Aggiunto ✓</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Aggiungi «%1»</translation>
    </message>
    <message>
        <source>Edit “%1” before adding</source>
        <translation>Modifica «%1» prima di aggiungerlo</translation>
    </message>
    <message>
        <source>Undo adding “%1”</source>
        <translation>Annulla l’aggiunta di «%1»</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Aggiunta…</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>Mark as not done</source>
        <translation>Segna come non completata</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Segna come completata</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Reminder…</source>
        <translation>Promemoria…</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Modifica titolo</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Cambia scadenza</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search everything</source>
        <translation>Cerca ovunque</translation>
    </message>
    <message>
        <source>Search to-dos, events and notes</source>
        <translation>Cerca in attività, eventi e note</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Stato della ricerca</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Ricerca non riuscita: %1</translation>
    </message>
    <message>
        <source>Type to search to-dos, events and notes.</source>
        <translation>Scrivi per cercare in attività, eventi e note.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Nessun risultato.</translation>
    </message>
    <message>
        <source>1 match. Enter opens it.</source>
        <translation>1 risultato. Invio lo apre.</translation>
    </message>
    <message>
        <source>%1 matches. Enter opens the selected one.</source>
        <translation>%1 risultati. Invio apre quello selezionato.</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <source>On this &amp;computer</source>
        <translation>Su questo &amp;computer</translation>
    </message>
    <message>
        <source>On a ser&amp;ver</source>
        <translation>Su un ser&amp;ver</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>Modello sul server</translation>
    </message>
    <message>
        <source>&amp;List models</source>
        <translation>&amp;Elenca modelli</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>If the server cannot be used at start, run the model on this computer</source>
        <translation>Se all’avvio il server non è utilizzabile, esegui il modello su questo computer</translation>
    </message>
    <message>
        <source>Off: a server that is down is reported and nothing else happens. On: the model chosen for this computer loads instead, and the status bar says so.</source>
        <translation>Disattivato: un server non raggiungibile viene segnalato e non succede altro. Attivato: viene caricato al suo posto il modello scelto per questo computer, e la barra di stato lo indica.</translation>
    </message>
    <message>
        <source>Your to-dos, events and notes stay here; what you type, and what the assistant reads to answer, goes to the server. See docs/remote.md.</source>
        <translation>Le tue attività, eventi e note restano qui; ciò che scrivi, e ciò che l’assistente legge per rispondere, va al server. Vedi docs/remote.md.</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Stato del server</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modello:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chiave API:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>salvata</translation>
    </message>
    <message>
        <source>unchanged if left empty</source>
        <translation>invariata se lasciata vuota</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogazione di %1…</translation>
    </message>
    <message numerus="yes">
        <source>The server has %n model(s).</source>
        <translation>
            <numerusform>Il server ha %n modello.</numerusform>
            <numerusform>Il server ha %n modelli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send your words to this server?</source>
        <translation>Inviare ciò che scrivi a questo server?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modello</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generale</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Dati</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Errore nelle impostazioni</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modelli installati</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Modello in uso</translation>
    </message>
    <message>
        <source>Do&amp;wnload a model…</source>
        <translation>&amp;Scarica un modello…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Rimuovi…</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Scegli un &amp;file…</translation>
    </message>
    <message>
        <source>Automatic (%1 cores)</source>
        <translation>Automatico (%1 core)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Tutti i livelli</translation>
    </message>
    <message>
        <source>Some layers</source>
        <translation>Alcuni livelli</translation>
    </message>
    <message>
        <source>GPU offload</source>
        <translation>Scaricamento su GPU</translation>
    </message>
    <message>
        <source> layers</source>
        <translation> livelli</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Livelli su GPU</translation>
    </message>
    <message>
        <source>Checking whether this build can use a GPU…</source>
        <translation>Verifica in corso se questa build può usare una GPU…</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>Dimensione del contesto</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Esecuzione:</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>In uso:</translation>
    </message>
    <message>
        <source>&amp;Installed:</source>
        <translation>&amp;Installati:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Thread:</translation>
    </message>
    <message>
        <source>GP&amp;U offload:</source>
        <translation>Scaricamento su GP&amp;U:</translation>
    </message>
    <message>
        <source>&amp;Context size:</source>
        <translation>Dimensione del &amp;contesto:</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes on the next start</source>
        <translation>La lingua della finestra; cambia al prossimo avvio</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Resta attivo nell’area di notifica quando la finestra viene chiusa</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Resta attivo nell’area di notifica</translation>
    </message>
    <message>
        <source>Ask &amp;before changes</source>
        <translation>Chiedi &amp;prima delle modifiche</translation>
    </message>
    <message>
        <source>The assistant&apos;s changes wait for your approval</source>
        <translation>Le modifiche dell’assistente attendono la tua approvazione</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Quick entry shortcut</source>
        <translation>Scorciatoia dell’inserimento rapido</translation>
    </message>
    <message>
        <source>Opens the quick-entry window from any app, where the system allows it; a new one takes effect when you save. Elsewhere, bind “assistant --quick-add” in your desktop&apos;s keyboard settings.</source>
        <translation>Apre la finestra di inserimento rapido da qualsiasi app, dove il sistema lo consente; una nuova scorciatoia vale dal salvataggio. Altrimenti, associa «assistant --quick-add» a un tasto nelle impostazioni della tastiera del tuo desktop.</translation>
    </message>
    <message>
        <source>Quick entry shortcut problem</source>
        <translation>Problema della scorciatoia dell’inserimento rapido</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuso &amp;orario:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Quick entry shortcut:</source>
        <translation>Scorciatoia dell’inserimento &amp;rapido:</translation>
    </message>
    <message>
        <source>This build of llama.cpp has no GPU support; the model runs on the CPU.</source>
        <translation>Questa build di llama.cpp non supporta le GPU; il modello viene eseguito sulla CPU.</translation>
    </message>
    <message>
        <source>Write the shortcut as keys joined by +, e.g. Ctrl+Shift+Space.</source>
        <translation>Scrivi la scorciatoia come tasti uniti da +, es. Ctrl+Shift+Space.</translation>
    </message>
    <message>
        <source>No downloaded models yet</source>
        <translation>Ancora nessun modello scaricato</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Ancora nessun modello</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>%1 (after Save)</source>
        <translation>%1 (dopo Salva)</translation>
    </message>
    <message>
        <source>Select a downloaded model to remove.</source>
        <translation>Seleziona un modello scaricato da rimuovere.</translation>
    </message>
    <message>
        <source>Delete %1 from this computer?</source>
        <translation>Eliminare %1 da questo computer?</translation>
    </message>
    <message>
        <source>It is the model in use; the assistant stops until you pick another.</source>
        <translation>È il modello in uso; l’assistente si ferma finché non ne scegli un altro.</translation>
    </message>
    <message>
        <source>Remove model?</source>
        <translation>Rimuovere il modello?</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verifica di %1…</translation>
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
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 rimanenti</translation>
    </message>
    <message>
        <source>Set up the assistant</source>
        <translation>Configura l’assistente</translation>
    </message>
    <message>
        <source>The assistant needs a language model. It runs on this computer: nothing you type leaves it. The download happens once.</source>
        <translation>L’assistente ha bisogno di un modello linguistico. Viene eseguito su questo computer: nulla di ciò che scrivi ne esce. Il download avviene una sola volta.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Consiglio</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>Modello da scaricare</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>Dettagli del modello</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Spazio libero su disco</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modello:</translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation>Disco:</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Avanzamento del download</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Stato del download</translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation>hf_…</translation>
    </message>
    <message>
        <source>Hugging Face access token</source>
        <translation>Token di accesso Hugging Face</translation>
    </message>
    <message>
        <source>Save token and &amp;retry</source>
        <translation>Salva il token e &amp;riprova</translation>
    </message>
    <message>
        <source>Save token and retry</source>
        <translation>Salva il token e riprova</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Use a GGUF &amp;file on disk…</source>
        <translation>Usa un &amp;file GGUF dal disco…</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Scarica</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>&amp;Annulla il download</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Non ora</translation>
    </message>
    <message>
        <source>Use a GGUF file on disk</source>
        <translation>Usa un file GGUF dal disco</translation>
    </message>
    <message>
        <source>%1 suits most computers.</source>
        <translation>%1 va bene per la maggior parte dei computer.</translation>
    </message>
    <message>
        <source>You have %1 of memory; %2 fits well.</source>
        <translation>Hai %1 di memoria; %2 ci sta bene.</translation>
    </message>
    <message>
        <source>%1 Needs about %2 of memory. Licence: %3.</source>
        <translation>%1 Richiede circa %2 di memoria. Licenza: %3.</translation>
    </message>
    <message>
        <source>This computer has less, so it may be slow.</source>
        <translation>Questo computer ne ha meno, quindi potrebbe essere lento.</translation>
    </message>
    <message>
        <source>%1 free in %2</source>
        <translation>%1 liberi su %2</translation>
    </message>
    <message>
        <source>not enough for this model; free some space first.</source>
        <translation>non basta per questo modello; libera prima dello spazio.</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>&amp;Usa questo modello</translation>
    </message>
    <message>
        <source>Already downloaded.</source>
        <translation>Già scaricato.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <source>%1 of %2 was downloaded earlier; resume to finish it.</source>
        <translation>%1 di %2 erano già stati scaricati; riprendi per completare.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Download di %1…</translation>
    </message>
    <message>
        <source>Resuming %1…</source>
        <translation>Ripresa di %1…</translation>
    </message>
    <message>
        <source>Cancel the download?</source>
        <translation>Annullare il download?</translation>
    </message>
    <message>
        <source>The part downloaded so far will be deleted.</source>
        <translation>La parte scaricata finora verrà eliminata.</translation>
    </message>
    <message>
        <source>Downloaded and checked %1.</source>
        <translation>%1 scaricato e verificato.</translation>
    </message>
    <message>
        <source>Paused. Resume continues where it stopped.</source>
        <translation>In pausa. Riprendi continua da dove si era fermato.</translation>
    </message>
    <message>
        <source>Download cancelled; the partial file was deleted.</source>
        <translation>Download annullato; il file parziale è stato eliminato.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Paste an access token first.</source>
        <translation>Incolla prima un token di accesso.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verifica di %1…</translation>
    </message>
    <message>
        <source>Choose a GGUF model file</source>
        <translation>Scegli un file di modello GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelli GGUF (*.gguf);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Title:</source>
        <translation>Titolo:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Ora:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Luogo:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>Database status</source>
        <translation>Stato del database</translation>
    </message>
    <message>
        <source>Back up and &amp;recover…</source>
        <translation>Backup e &amp;recupero…</translation>
    </message>
    <message>
        <source>Keep the damaged file as a backup and rebuild it from what can be read.</source>
        <translation>Tieni il file danneggiato come backup e ricostruiscilo da ciò che si può leggere.</translation>
    </message>
    <message>
        <source>The database is damaged (%1), so changes are off: you can still read your data. Back it up and recover what can be read?</source>
        <translation>Il database è danneggiato (%1), quindi le modifiche sono disattivate: puoi ancora leggere i tuoi dati. Fare un backup e recuperare ciò che si può leggere?</translation>
    </message>
    <message>
        <source>Recover the database?</source>
        <translation>Recuperare il database?</translation>
    </message>
    <message>
        <source>The damaged file is kept next to the new one as a backup, unchanged. Every row that can still be read is copied into a fresh database; what cannot be read is missing from it.</source>
        <translation>Il file danneggiato resta invariato accanto a quello nuovo, come backup. Ogni riga ancora leggibile viene copiata in un database nuovo; ciò che non si può leggere mancherà.</translation>
    </message>
    <message>
        <source>Back up and recover</source>
        <translation>Backup e recupero</translation>
    </message>
    <message>
        <source>Backing up and recovering…</source>
        <translation>Backup e recupero in corso…</translation>
    </message>
    <message>
        <source>Recovery failed: %1</source>
        <translation>Recupero non riuscito: %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>&lt;b&gt;Subscriptions&lt;/b&gt; (read-only calendars by address)</source>
        <translation>&lt;b&gt;Abbonamenti&lt;/b&gt; (calendari di sola lettura tramite indirizzo)</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abbonamenti</translation>
    </message>
    <message>
        <source>Subscription name</source>
        <translation>Nome dell’abbonamento</translation>
    </message>
    <message>
        <source>e.g. Holidays</source>
        <translation>es. Festività</translation>
    </message>
    <message>
        <source>Subscription address</source>
        <translation>Indirizzo dell’abbonamento</translation>
    </message>
    <message>
        <source>webcal://… or https://….ics</source>
        <translation>webcal://… o https://….ics</translation>
    </message>
    <message>
        <source>Su&amp;bscribe</source>
        <translation>A&amp;bbonati</translation>
    </message>
    <message>
        <source>Remove s&amp;ubscription</source>
        <translation>Rimuovi a&amp;bbonamento</translation>
    </message>
    <message>
        <source>Subscriptions status</source>
        <translation>Stato degli abbonamenti</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n event(s), %2</source>
        <translation>
            <numerusform>%1 — %n evento, %2</numerusform>
            <numerusform>%1 — %n eventi, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Recupero di %1…</translation>
    </message>
    <message numerus="yes">
        <source>Removed the subscription %1 and its %n event(s).</source>
        <translation>
            <numerusform>Rimosso l’abbonamento %1 e il suo %n evento.</numerusform>
            <numerusform>Rimosso l’abbonamento %1 e i suoi %n eventi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync warning</source>
        <translation>Avviso di sincronizzazione</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <source>Items changed here and on the server: choose which to keep</source>
        <translation>Elementi modificati qui e sul server: scegli quali tenere</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflitto da risolvere</numerusform>
            <numerusform>%n conflitti da risolvere</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>Syncing with the calendar servers</source>
        <translation>Sincronizzazione con i server dei calendari</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sincronizzazione non riuscita</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message>
        <source>Sync now: F5</source>
        <translation>Sincronizza ora: F5</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizzato %1</translation>
    </message>
    <message>
        <source>Last sync: %1 %2</source>
        <translation>Ultima sincronizzazione: %1 %2</translation>
    </message>
</context>
<context>
    <name>TaskLists</name>
    <message>
        <source>Local calendar</source>
        <translation>Calendario locale</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>Il computer ha esaurito la memoria.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Details are in the log.</source>
        <translation>Qualcosa è andato storto (%1). I dettagli sono nel registro.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>e.g. 3pm or 15:00</source>
        <translation>es. 3pm o 15:00</translation>
    </message>
    <message>
        <source>A time, e.g. &quot;3pm&quot;, &quot;15:00&quot;, &quot;15h&quot; or &quot;noon&quot;; Up/Down step.</source>
        <translation>Un orario, es. «3pm», «15:00», «15h» o «noon»; Su/Giù lo regolano.</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>All-day events</source>
        <translation>Eventi di tutto il giorno</translation>
    </message>
</context>
<context>
    <name>TodoDialog</name>
    <message>
        <source>New to-do</source>
        <translation>Nuova attività</translation>
    </message>
    <message>
        <source>Edit to-do</source>
        <translation>Modifica attività</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Che cosa c’è da fare</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Scadenza</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Ha una scadenza</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data di scadenza</translation>
    </message>
    <message>
        <source>a&amp;t</source>
        <translation>al&amp;le</translation>
    </message>
    <message>
        <source>Due at a time of day</source>
        <translation>Scade a un’ora precisa</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Ora di scadenza</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tag, separati da virgole</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>All’ora di scadenza</translation>
    </message>
    <message>
        <source>When the reminder goes off</source>
        <translation>Quando scatta il promemoria</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Scadenza:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorità:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>Pro&amp;memoria:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ca&amp;lendario:</translation>
    </message>
    <message>
        <source>Give the to-do a title.</source>
        <translation>Dai un titolo all’attività.</translation>
    </message>
    <message>
        <source>A reminder goes off only once the to-do has a due date.</source>
        <translation>Un promemoria scatta solo quando l’attività ha una scadenza.</translation>
    </message>
    <message>
        <source>Reminder: %1.</source>
        <translation>Promemoria: %1.</translation>
    </message>
    <message>
        <source>Without a time, it counts from %1 on the due day.</source>
        <translation>Senza orario, conta dalle %1 del giorno di scadenza.</translation>
    </message>
    <message>
        <source>That time has passed, so it will not go off.</source>
        <translation>Quell’ora è passata, quindi non scatterà.</translation>
    </message>
</context>
<context>
    <name>TodoFormat</name>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Domani</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>nessuna scadenza</translation>
    </message>
</context>
<context>
    <name>TodoTableModel</name>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>A reminder is set, but it goes off only once there is a due date.</source>
        <translation>C’è un promemoria, ma scatta solo quando c’è una scadenza.</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Promemoria: %1</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non completata</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Scaduta: %1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Calendario: %1</translation>
    </message>
</context>
<context>
    <name>TodosView</name>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Search to-dos</source>
        <translation>Cerca nelle attività</translation>
    </message>
    <message>
        <source>Search, or #tag</source>
        <translation>Cerca, o #tag</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete selected to-dos</source>
        <translation>Elimina le attività selezionate</translation>
    </message>
    <message>
        <source>Delete the selected to-dos (Delete)</source>
        <translation>Elimina le attività selezionate (Canc)</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Che cosa c’è da fare</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data di scadenza</translation>
    </message>
    <message>
        <source>e.g. tomorrow 9am, friday, 2026-12-24; empty for none</source>
        <translation>es. domani 9:00, venerdì, 2026-12-24; vuoto per nessuna</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tag, separati da virgole</translation>
    </message>
    <message>
        <source>Added “%1”; the current filter hides it.</source>
        <translation>Aggiunta «%1»; il filtro attuale la nasconde.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Eliminata «%1».</translation>
    </message>
    <message>
        <source>Deleted %1 to-dos.</source>
        <translation>Eliminate %1 attività.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No to-dos yet. Type one above and press Enter.</source>
        <translation>Ancora nessuna attività. Scrivine una qui sopra e premi Invio.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Qui non c’è niente.</translation>
    </message>
</context>
<context>
    <name>Tool</name>
    <message>
        <source>Adding a note</source>
        <translation>Aggiunta di una nota</translation>
    </message>
    <message>
        <source>Adding a to-do</source>
        <translation>Aggiunta di un’attività</translation>
    </message>
    <message>
        <source>Adding an event</source>
        <translation>Aggiunta di un evento</translation>
    </message>
    <message>
        <source>Adding to a note</source>
        <translation>Aggiunta a una nota</translation>
    </message>
    <message>
        <source>Adding to-dos</source>
        <translation>Aggiunta di attività</translation>
    </message>
    <message>
        <source>Changing a note</source>
        <translation>Modifica di una nota</translation>
    </message>
    <message>
        <source>Changing a to-do</source>
        <translation>Modifica di un’attività</translation>
    </message>
    <message>
        <source>Changing an event</source>
        <translation>Modifica di un evento</translation>
    </message>
    <message>
        <source>Checking off a to-do</source>
        <translation>Completamento di un’attività</translation>
    </message>
    <message>
        <source>Checking off to-dos</source>
        <translation>Completamento di attività</translation>
    </message>
    <message>
        <source>Creating a note</source>
        <translation>Creazione di una nota</translation>
    </message>
    <message>
        <source>Deleting a note</source>
        <translation>Eliminazione di una nota</translation>
    </message>
    <message>
        <source>Deleting a to-do</source>
        <translation>Eliminazione di un’attività</translation>
    </message>
    <message>
        <source>Deleting an event</source>
        <translation>Eliminazione di un evento</translation>
    </message>
    <message>
        <source>Finding free time</source>
        <translation>Ricerca di tempo libero</translation>
    </message>
    <message>
        <source>Finding notes</source>
        <translation>Ricerca di note</translation>
    </message>
    <message>
        <source>Looking up an event</source>
        <translation>Consultazione di un evento</translation>
    </message>
    <message>
        <source>Looking up events</source>
        <translation>Consultazione degli eventi</translation>
    </message>
    <message>
        <source>Looking up notes</source>
        <translation>Consultazione delle note</translation>
    </message>
    <message>
        <source>Looking up reminders</source>
        <translation>Consultazione dei promemoria</translation>
    </message>
    <message>
        <source>Looking up to-dos</source>
        <translation>Consultazione delle attività</translation>
    </message>
    <message>
        <source>Reading a note</source>
        <translation>Lettura di una nota</translation>
    </message>
    <message>
        <source>Reopening a to-do</source>
        <translation>Riapertura di un’attività</translation>
    </message>
    <message>
        <source>Searching notes</source>
        <translation>Ricerca nelle note</translation>
    </message>
    <message>
        <source>Tagging a note</source>
        <translation>Aggiunta di tag a una nota</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>Show earlier messages</source>
        <translation>Mostra i messaggi precedenti</translation>
    </message>
    <message>
        <source>Ask about your to-dos, calendar and notes, for example
“What&apos;s on tomorrow?” or “Remind me to call Anna on Friday at 5pm”.</source>
        <translation>Chiedi delle tue attività, del calendario e delle note, per esempio
«Che cosa ho domani?» o «Ricordami di chiamare Anna venerdì alle 17».</translation>
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
        <translation>&amp;Nascondi finestra</translation>
    </message>
    <message>
        <source>New &amp;to-do…</source>
        <translation>Nuova &amp;attività…</translation>
    </message>
    <message>
        <source>&amp;Quick entry…</source>
        <translation>&amp;Inserimento rapido…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Es&amp;ci</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Mostra finestra</translation>
    </message>
    <message>
        <source>More reminders</source>
        <translation>Altri promemoria</translation>
    </message>
    <message numerus="yes">
        <source>%n more reminder(s) fell due; see the calendar and to-dos.</source>
        <translation>
            <numerusform>%n altro promemoria è scaduto; vedi il calendario e le attività.</numerusform>
            <numerusform>Altri %n promemoria sono scaduti; vedi il calendario e le attività.</numerusform>
        </translation>
    </message>
    <message>
        <source>All day %1</source>
        <translation>Tutto il giorno %1</translation>
    </message>
    <message>
        <source>Starts %1 at %2</source>
        <translation>Inizia %1 alle %2</translation>
    </message>
    <message>
        <source>To-do due %1</source>
        <translation>Attività in scadenza %1</translation>
    </message>
    <message>
        <source>To-do due %1 at %2</source>
        <translation>Attività in scadenza %1 alle %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>domani</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>il %1</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Promemoria: %1</translation>
    </message>
</context>
<context>
    <name>TurnRenderer</name>
    <message>
        <source>Waiting for your approval…</source>
        <translation>In attesa della tua approvazione…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Working: %1…</source>
        <translation>In corso: %1…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 non ha funzionato: %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrotto.</translation>
    </message>
    <message>
        <source>The answer reached its length limit here.</source>
        <translation>Qui la risposta ha raggiunto il limite di lunghezza.</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Sto pensando…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/s</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Undid %1.</source>
        <translation>Annullato: %1.</translation>
    </message>
    <message>
        <source>Redid %1.</source>
        <translation>Ripetuto: %1.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ripeti %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Your data is locked</source>
        <translation>I tuoi dati sono bloccati</translation>
    </message>
    <message>
        <source>Your data is encrypted, and the system keychain does not have its key (it may be locked, or this is another desktop session). Type the recovery key you saved when you turned encryption on.</source>
        <translation>I tuoi dati sono cifrati e il portachiavi di sistema non ha la loro chiave (potrebbe essere bloccato, oppure questa è un’altra sessione desktop). Digita la chiave di recupero che hai salvato quando hai attivato la cifratura.</translation>
    </message>
    <message>
        <source>Your data is encrypted, and the system keychain does not have its key (it may be locked, or this is another desktop session). Type your passphrase, or the recovery key you saved when you turned encryption on.</source>
        <translation>I tuoi dati sono cifrati e il portachiavi di sistema non ha la loro chiave (potrebbe essere bloccato, oppure questa è un’altra sessione desktop). Digita la tua passphrase, o la chiave di recupero che hai salvato quando hai attivato la cifratura.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Errore di sblocco</translation>
    </message>
    <message>
        <source>&amp;Keep the key in the keychain of this computer</source>
        <translation>&amp;Conserva la chiave nel portachiavi di questo computer</translation>
    </message>
    <message>
        <source>No keychain works here, so the recovery key is asked for at each start.</source>
        <translation>Qui non funziona nessun portachiavi, quindi la chiave di recupero viene chiesta a ogni avvio.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Verifica della passphrase…</translation>
    </message>
    <message>
        <source>That recovery key does not open your data. Check it and try again.</source>
        <translation>Quella chiave di recupero non apre i tuoi dati. Controllala e riprova.</translation>
    </message>
</context>
<context>
    <name>UpdateController</name>
    <message>
        <source>Downloading %1…</source>
        <translation>Download di %1…</translation>
    </message>
    <message>
        <source>The setup is running; the app closes now.</source>
        <translation>La configurazione è in corso; l’app ora si chiude.</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Updates</source>
        <translation>Aggiornamenti</translation>
    </message>
    <message>
        <source>&amp;Check once a day</source>
        <translation>&amp;Controlla una volta al giorno</translation>
    </message>
    <message>
        <source>&amp;No, thanks</source>
        <translation>&amp;No, grazie</translation>
    </message>
    <message>
        <source>Open the &amp;release page</source>
        <translation>Apri la pagina della &amp;versione</translation>
    </message>
    <message>
        <source>Download and &amp;install</source>
        <translation>Scarica e &amp;installa</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Check for new versions? The app would send %1.</source>
        <translation>Cercare nuove versioni? L’app invierebbe %1.</translation>
    </message>
    <message>
        <source>Assistant %1 is available (you have %2).</source>
        <translation>Assistant %1 è disponibile (hai la %2).</translation>
    </message>
</context>
<context>
    <name>UpdatesBox</name>
    <message>
        <source>Updates</source>
        <translation>Aggiornamenti</translation>
    </message>
    <message>
        <source>&amp;Check for updates once a day</source>
        <translation>&amp;Cerca aggiornamenti una volta al giorno</translation>
    </message>
    <message>
        <source>When on, the app sends %1. Nothing is sent while this is off.</source>
        <translation>Se attivo, l’app invia %1. Finché è disattivato non viene inviato nulla.</translation>
    </message>
    <message>
        <source>Update check status</source>
        <translation>Stato del controllo degli aggiornamenti</translation>
    </message>
</context>
<context>
    <name>UserBubble</name>
    <message>
        <source>Your message</source>
        <translation>Il tuo messaggio</translation>
    </message>
    <message>
        <source>Pasted text: read only, nothing will be changed.</source>
        <translation>Testo incollato: solo lettura, non verrà cambiato nulla.</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostra meno</translation>
    </message>
    <message>
        <source>Show all %1 lines</source>
        <translation>Mostra tutte le %1 righe</translation>
    </message>
</context>
<context>
    <name>WindowsToastNotifier</name>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
</context>
</TS>
