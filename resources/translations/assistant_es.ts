<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Calendars and to-do lists on a CalDAV server (Nextcloud, iCloud, Fastmail, Radicale…) stay in sync with this computer. Changes here apply at once.</source>
        <translation>Los calendarios y listas de tareas de un servidor CalDAV (Nextcloud, iCloud, Fastmail, Radicale…) se mantienen sincronizados con este equipo. Los cambios aquí se aplican al instante.</translation>
    </message>
    <message>
        <source>Accounts and calendars</source>
        <translation>Cuentas y calendarios</translation>
    </message>
    <message>
        <source>Account / calendar</source>
        <translation>Cuenta / calendario</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>Estado de las cuentas</translation>
    </message>
    <message>
        <source>&amp;Add CalDAV account…</source>
        <translation>&amp;Añadir cuenta CalDAV…</translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation>&amp;Quitar cuenta…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only on demand</source>
        <translation>Solo a petición</translation>
    </message>
    <message>
        <source>Sync every (minutes)</source>
        <translation>Sincronizar cada (minutos)</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizar &amp;cada:</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Aún no hay cuentas.</translation>
    </message>
    <message>
        <source>Added the account %1; syncing it now.</source>
        <translation>Se añadió la cuenta %1; sincronizándola ahora.</translation>
    </message>
    <message>
        <source>Remove the account %1?</source>
        <translation>¿Quitar la cuenta %1?</translation>
    </message>
    <message>
        <source>Its calendars stop syncing and its password leaves the keychain. Keep its events and to-dos on this computer (as local items), or delete them here? Nothing is deleted on the server.</source>
        <translation>Sus calendarios dejan de sincronizarse y su contraseña sale del llavero. ¿Conservar sus eventos y tareas en este equipo (como elementos locales) o borrarlos aquí? En el servidor no se borra nada.</translation>
    </message>
    <message>
        <source>Remove, &amp;keep items</source>
        <translation>Quitar y &amp;conservar elementos</translation>
    </message>
    <message>
        <source>Remove and &amp;delete items</source>
        <translation>Quitar y &amp;borrar elementos</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 and %n of its items here.</source>
        <translation>
            <numerusform>Se quitó %1 y %n de sus elementos aquí.</numerusform>
            <numerusform>Se quitó %1 y %n de sus elementos aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1; its items stay here as local ones.</source>
        <translation>Se quitó %1; sus elementos quedan aquí como locales.</translation>
    </message>
</context>
<context>
    <name>ActionCard</name>
    <message>
        <source>Action: %1</source>
        <translation>Acción: %1</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Put things back as they were before this change</source>
        <translation>Dejar las cosas como estaban antes de este cambio</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Deshaciendo…</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tarea del correo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>%1 (looks like phishing)</source>
        <translation>%1 (parece phishing)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>No añadido</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Quitando…</translation>
    </message>
    <message>
        <source>Looks like phishing: %1. “Add all” leaves it out.</source>
        <translation>Parece phishing: %1. «Añadir todo» lo deja fuera.</translation>
    </message>
    <message>
        <source>This date could not be worked out; it will be added without one.</source>
        <translation>No se pudo determinar esta fecha; se añadirá sin fecha.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add a CalDAV account</source>
        <translation>Añadir una cuenta CalDAV</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Contraseña o contraseña de aplicación</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>e.g. work (default: the host)</source>
        <translation>p. ej., trabajo (por defecto: el host)</translation>
    </message>
    <message>
        <source>&amp;Find calendars</source>
        <translation>&amp;Buscar calendarios</translation>
    </message>
    <message>
        <source>Find calendars</source>
        <translation>Buscar calendarios</translation>
    </message>
    <message>
        <source>Calendars found</source>
        <translation>Calendarios encontrados</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Estado de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Añadir cuenta</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Looking for calendars…</source>
        <translation>Buscando calendarios…</translation>
    </message>
    <message>
        <source>Give the password (or an app password made for this app).</source>
        <translation>Indique la contraseña (o una contraseña de aplicación creada para esta app).</translation>
    </message>
    <message numerus="yes">
        <source>Found %n calendar(s). Choose what to sync.</source>
        <translation>
            <numerusform>Se encontró %n calendario. Elija qué sincronizar.</numerusform>
            <numerusform>Se encontraron %n calendarios. Elija qué sincronizar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account has no calendars for events or to-dos.</source>
        <translation>La cuenta no tiene calendarios para eventos ni tareas.</translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation>Añadiendo la cuenta…</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No events</source>
        <translation>No hay eventos</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>se repite</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
</context>
<context>
    <name>AllDayRow</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerBlock</name>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
</context>
<context>
    <name>ApprovalCard</name>
    <message>
        <source>Approval needed: %1</source>
        <translation>Se necesita aprobación: %1</translation>
    </message>
    <message>
        <source>Allow this change?</source>
        <translation>¿Permitir este cambio?</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>Qué cambiaría</translation>
    </message>
    <message>
        <source>Asked because %1. Check it before you approve.</source>
        <translation>Se pregunta porque %1. Revíselo antes de aprobar.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Approve: %1</source>
        <translation>Aprobar: %1</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Deny: %1</source>
        <translation>Denegar: %1</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Aprobado.</translation>
    </message>
    <message>
        <source>Denied: nothing was changed.</source>
        <translation>Denegado: no se cambió nada.</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Detenido: no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Calendar message</source>
        <translation>Mensaje del calendario</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
</context>
<context>
    <name>CalendarList</name>
    <message>
        <source>Calendars</source>
        <translation>Calendarios</translation>
    </message>
    <message>
        <source>Local calendar</source>
        <translation>Calendario local</translation>
    </message>
    <message>
        <source>Show or hide the events of %1</source>
        <translation>Mostrar u ocultar los eventos de %1</translation>
    </message>
</context>
<context>
    <name>CalendarPrompts</name>
    <message>
        <source>Edit repeating event</source>
        <translation>Editar evento periódico</translation>
    </message>
    <message>
        <source>&apos;%1&apos; repeats. What do you want to change?</source>
        <translation>«%1» se repite. ¿Qué quiere cambiar?</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Este evento</translation>
    </message>
    <message>
        <source>All events in the series</source>
        <translation>Todos los eventos de la serie</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <source>You can undo this right afterwards.</source>
        <translation>Puede deshacerlo justo después.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; repeats. Delete only the occurrence on %2, or every event in the series?</source>
        <translation>«%1» se repite. ¿Eliminar solo la repetición del %2 o todos los eventos de la serie?</translation>
    </message>
    <message>
        <source>Delete this event</source>
        <translation>Eliminar este evento</translation>
    </message>
    <message>
        <source>Delete all events</source>
        <translation>Eliminar todos los eventos</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; on %2?</source>
        <translation>¿Eliminar «%1» del %2?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Reemplazar archivo</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 ya existe. ¿Quiere reemplazarlo?</translation>
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
        <translation>Filtrar eventos</translation>
    </message>
    <message>
        <source>Filter events by title or place</source>
        <translation>Filtrar eventos por título o lugar</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Mostrar hoy</translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation>Nuevo &amp;evento…</translation>
    </message>
    <message>
        <source>Add an event (Ctrl+E)</source>
        <translation>Añadir un evento (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Editar el evento seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Eliminar el evento seleccionado</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>Dí&amp;a</translation>
    </message>
    <message>
        <source>Show the selected day</source>
        <translation>Mostrar el día seleccionado</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>Show the selected day&apos;s week</source>
        <translation>Mostrar la semana del día seleccionado</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>H&amp;oras</translation>
    </message>
    <message>
        <source>Show an hour grid</source>
        <translation>Mostrar una cuadrícula de horas</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <source>Import .ics files</source>
        <translation>Importar archivos .ics</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export as an .ics file</source>
        <translation>Exportar como archivo .ics</translation>
    </message>
    <message>
        <source>Nothing planned. Double-click a day or press “New event…” to add one.</source>
        <translation>Nada planificado. Haga doble clic en un día o pulse «Nuevo evento…» para añadir uno.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>The calendar could not be loaded: %1</source>
        <translation>No se pudo cargar el calendario: %1</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Deshecho.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical);;All files (*)</source>
        <translation>Archivos de calendario (*.ics *.ical);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importando %n archivo…</numerusform>
            <numerusform>Importando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <source>The model is still loading… Your message will be sent when it is ready.</source>
        <translation>El modelo aún se está cargando… Su mensaje se enviará cuando esté listo.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <source>Delete this conversation? Changes it made to your data stay.</source>
        <translation>¿Eliminar esta conversación? Los cambios que hizo en sus datos se mantienen.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1 Open Settings to choose another.</source>
        <translation>No se pudo cargar el modelo: %1 Abra Ajustes para elegir otro.</translation>
    </message>
    <message>
        <source>No model is set up. Open Settings (File ▸ Settings…) to choose one.</source>
        <translation>No hay ningún modelo configurado. Abra Ajustes (Archivo ▸ Ajustes…) para elegir uno.</translation>
    </message>
    <message>
        <source>Your message was not sent.</source>
        <translation>Su mensaje no se envió.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Chat status</source>
        <translation>Estado del chat</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>Detener la generación</translation>
    </message>
    <message>
        <source>Stop generating (Esc)</source>
        <translation>Detener la generación (Esc)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on both sides</source>
        <translation>Cambiado en ambos lados</translation>
    </message>
    <message>
        <source>These items were changed on this computer and on the server since the last sync. Choose which version to keep; nothing is merged.</source>
        <translation>Estos elementos se cambiaron en este equipo y en el servidor desde la última sincronización. Elija qué versión conservar; no se combina nada.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <source>Conflict message</source>
        <translation>Mensaje de conflicto</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar la del &amp;servidor</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Conservar &amp;ambas</translation>
    </message>
    <message>
        <source>Nothing left to resolve.</source>
        <translation>No queda nada por resolver.</translation>
    </message>
    <message>
        <source>Deleted on this computer.</source>
        <translation>Eliminado en este equipo.</translation>
    </message>
    <message>
        <source>Deleted on the server.</source>
        <translation>Eliminado en el servidor.</translation>
    </message>
    <message>
        <source>Kept. The server gets your choice with this sync.</source>
        <translation>Conservado. El servidor recibe su elección con esta sincronización.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Start an empty conversation (Ctrl+Shift+C)</source>
        <translation>Empezar una conversación vacía (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Recent conversations</source>
        <translation>Conversaciones recientes</translation>
    </message>
    <message>
        <source>Delete conversation…</source>
        <translation>Eliminar conversación…</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Data status</source>
        <translation>Estado de los datos</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Show the data files.</source>
        <translation>Mostrar los archivos de datos.</translation>
    </message>
    <message>
        <source>E&amp;xport everything…</source>
        <translation>E&amp;xportar todo…</translation>
    </message>
    <message>
        <source>Calendar (.ics), notes (Markdown) and all records (JSON), in a new dated folder.</source>
        <translation>Calendario (.ics), notas (Markdown) y todos los registros (JSON), en una carpeta nueva con fecha.</translation>
    </message>
    <message>
        <source>&amp;Forget deleted items…</source>
        <translation>&amp;Olvidar elementos eliminados…</translation>
    </message>
    <message>
        <source>Remove the text of deleted to-dos, events and notes from the undo history and the database file.</source>
        <translation>Quitar el texto de tareas, eventos y notas eliminados del historial de deshacer y del archivo de la base de datos.</translation>
    </message>
    <message>
        <source>Erase e&amp;verything…</source>
        <translation>&amp;Borrar todo…</translation>
    </message>
    <message>
        <source>Delete all to-dos, events, notes and conversations.</source>
        <translation>Eliminar todas las tareas, eventos, notas y conversaciones.</translation>
    </message>
    <message>
        <source>Export everything to</source>
        <translation>Exportar todo a</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Forget deleted items?</source>
        <translation>¿Olvidar los elementos eliminados?</translation>
    </message>
    <message>
        <source>Deleted items stay in the undo history so that a deletion can be undone. This removes their text for good; their deletion can no longer be undone.</source>
        <translation>Los elementos eliminados permanecen en el historial de deshacer para que una eliminación pueda deshacerse. Esto quita su texto para siempre; su eliminación ya no podrá deshacerse.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Forgetting deleted items…</source>
        <translation>Olvidando los elementos eliminados…</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Borrando…</translation>
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
        <translation>dddd, d &apos;de&apos; MMMM</translation>
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
        <translation>«%1» viene de la suscripción %2, que es de solo lectura.</translation>
    </message>
    <message>
        <source>Only the whole series of “%1” can become all day; drag it again and choose all events.</source>
        <translation>Solo la serie completa de «%1» puede pasar a todo el día; arrástrelo de nuevo y elija «Todos los eventos de la serie».</translation>
    </message>
    <message>
        <source>“%1” comes from the subscription %2, which is read-only: nothing was deleted. Remove the subscription in Settings → Accounts to drop its events.</source>
        <translation>«%1» viene de la suscripción %2, que es de solo lectura: no se eliminó nada. Quite la suscripción en Ajustes → Cuentas para descartar sus eventos.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>al empezar</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
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
        <translation>%1 %2 antes</translation>
    </message>
</context>
<context>
    <name>EmailView</name>
    <message>
        <source>Paste an email here…</source>
        <translation>Pegue un correo aquí…</translation>
    </message>
    <message>
        <source>Email text</source>
        <translation>Texto del correo</translation>
    </message>
    <message>
        <source>Length of the email</source>
        <translation>Longitud del correo</translation>
    </message>
    <message>
        <source>&amp;Summarize</source>
        <translation>&amp;Resumir</translation>
    </message>
    <message>
        <source>Summarize the email and list its action items (Ctrl+Enter)</source>
        <translation>Resumir el correo y listar sus tareas (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>S&amp;horter</source>
        <translation>Más &amp;corto</translation>
    </message>
    <message>
        <source>&amp;Friendlier</source>
        <translation>Más &amp;amable</translation>
    </message>
    <message>
        <source>More f&amp;ormal</source>
        <translation>Más f&amp;ormal</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the model</source>
        <translation>Detener el modelo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Email panel message</source>
        <translation>Mensaje del panel de correo</translation>
    </message>
    <message>
        <source>Rewrite:</source>
        <translation>Reescribir:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The summary and the email&apos;s action items appear here.</source>
        <translation>Aquí aparecen el resumen y las tareas del correo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action items&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tareas del correo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rewritten text</source>
        <translation>Texto reescrito</translation>
    </message>
    <message>
        <source>Rewritten text appears here.</source>
        <translation>Aquí aparece el texto reescrito.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the rewritten text</source>
        <translation>Copiar el texto reescrito</translation>
    </message>
    <message>
        <source>&amp;Replace text</source>
        <translation>&amp;Reemplazar texto</translation>
    </message>
    <message>
        <source>Put the rewritten text into the email box (Ctrl+Z there takes it back)</source>
        <translation>Poner el texto reescrito en el cuadro del correo (Ctrl+Z allí lo revierte)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Reescribir</translation>
    </message>
    <message>
        <source>Rewrite the email about half as long</source>
        <translation>Reescribir el correo con la mitad de extensión</translation>
    </message>
    <message>
        <source>Rewrite the email in a warmer tone</source>
        <translation>Reescribir el correo en un tono más cálido</translation>
    </message>
    <message>
        <source>Rewrite the email in a formal business tone</source>
        <translation>Reescribir el correo en un tono formal de negocios</translation>
    </message>
    <message>
        <source>The model is still loading; summaries and rewrites work once it is ready.</source>
        <translation>El modelo aún se está cargando; los resúmenes y reescrituras funcionarán cuando esté listo.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>No se pudo cargar el modelo: %1</translation>
    </message>
    <message>
        <source>No model is loaded, so emails cannot be summarized or rewritten yet.</source>
        <translation>No hay ningún modelo cargado, así que aún no se pueden resumir ni reescribir correos.</translation>
    </message>
    <message>
        <source>Reading the email…</source>
        <translation>Leyendo el correo…</translation>
    </message>
    <message>
        <source>Summarizing…</source>
        <translation>Resumiendo…</translation>
    </message>
    <message>
        <source>Rewriting…</source>
        <translation>Reescribiendo…</translation>
    </message>
    <message>
        <source>Wait for the model to finish, or press Stop.</source>
        <translation>Espere a que el modelo termine o pulse Detener.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>The rewritten text is on the clipboard.</source>
        <translation>El texto reescrito está en el portapapeles.</translation>
    </message>
    <message>
        <source>There is no text to work on. Paste an email first.</source>
        <translation>No hay texto con el que trabajar. Pegue primero un correo.</translation>
    </message>
    <message>
        <source>The text is %1 characters long; the limit is %2. Shorten it first.</source>
        <translation>El texto tiene %1 caracteres; el límite es %2. Acórtelo primero.</translation>
    </message>
    <message>
        <source>Stopped. The text so far is kept.</source>
        <translation>Detenido. Se conserva el texto obtenido hasta ahora.</translation>
    </message>
    <message>
        <source>Done. Copy the text, or replace the email with it.</source>
        <translation>Hecho. Copie el texto o reemplace el correo con él.</translation>
    </message>
    <message>
        <source>The email asks for nothing; no action items.</source>
        <translation>El correo no pide nada; no hay tareas.</translation>
    </message>
    <message>
        <source>One action item found. Add it if you want it.</source>
        <translation>Se encontró una tarea. Añádala si la quiere.</translation>
    </message>
    <message>
        <source>%1 action items found. Add the ones you want.</source>
        <translation>Se encontraron %1 tareas. Añada las que quiera.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caracteres</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase everything?</source>
        <translation>¿Borrar todo?</translation>
    </message>
    <message>
        <source>This deletes every to-do, event, note and conversation, and the undo history. It cannot be undone. Export everything first if you may want it back.

Type %1 to confirm.</source>
        <translation>Esto elimina todas las tareas, eventos, notas y conversaciones, y el historial de deshacer. No se puede deshacer. Exporte todo antes si puede que lo quiera recuperar.

Escriba %1 para confirmar.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Escriba %1 para confirmar</translation>
    </message>
    <message>
        <source>&amp;Erase everything</source>
        <translation>&amp;Borrar todo</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>Edit this occurrence</source>
        <translation>Editar esta repetición</translation>
    </message>
    <message>
        <source>Edit all events in the series</source>
        <translation>Editar todos los eventos de la serie</translation>
    </message>
    <message>
        <source>e.g. Dentist</source>
        <translation>p. ej., Dentista</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>&amp;Todo el día</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Al empezar</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Empieza:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Termina:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>Recorda&amp;torio:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ca&amp;lendario:</translation>
    </message>
    <message>
        <source>Only this occurrence changes; the series keeps its rule.</source>
        <translation>Solo cambia esta repetición; la serie conserva su regla.</translation>
    </message>
    <message>
        <source>Event from %1 (read-only)</source>
        <translation>Evento de %1 (solo lectura)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This event comes from the subscription %1, which is read-only: it cannot be changed or deleted here.</source>
        <translation>Este evento viene de la suscripción %1, que es de solo lectura: no se puede cambiar ni eliminar aquí.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Only the whole series can become all-day: edit all events instead.</source>
        <translation>Solo la serie completa puede pasar a todo el día: edite todos los eventos.</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Ponga un título al evento.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>El fin es anterior al inicio.</translation>
    </message>
    <message>
        <source>(%1 day(s))</source>
        <translation>(%1 día(s))</translation>
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
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>HitList</name>
    <message>
        <source>To-do</source>
        <translation>Tarea</translation>
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
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>MacNotifier</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
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
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>Estado del modelo</translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation>Progreso de carga del modelo</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>Dónde se ejecuta el modelo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import calendar (.ics)…</source>
        <translation>&amp;Importar calendario (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Export calendar (.ics)…</source>
        <translation>&amp;Exportar calendario (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Cerrar &amp;ventana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New &amp;conversation</source>
        <translation>Nueva &amp;conversación</translation>
    </message>
    <message>
        <source>New &amp;to-do</source>
        <translation>Nueva &amp;tarea</translation>
    </message>
    <message>
        <source>New &amp;event</source>
        <translation>Nuevo &amp;evento</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Nueva &amp;nota</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Ask the &amp;assistant</source>
        <translation>Preguntar al &amp;asistente</translation>
    </message>
    <message>
        <source>&amp;Stop generating</source>
        <translation>&amp;Detener la generación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <source>Preparing the assistant (first time only): %1 %</source>
        <translation>Preparando el asistente (solo la primera vez): %1 %</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>comprobando el archivo</translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation>leyendo el archivo</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>cargando</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>cargado</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>Loading %1: %2</source>
        <translation>Cargando %1: %2</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>No se pudo cargar el modelo: %1</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>The model runs on the server %1: what you type is sent there.</source>
        <translation>El modelo se ejecuta en el servidor %1: lo que escribe se envía allí.</translation>
    </message>
    <message>
        <source>The model runs on this computer: nothing you type leaves it.</source>
        <translation>El modelo se ejecuta en este equipo: nada de lo que escribe sale de él.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical);;All files (*)</source>
        <translation>Archivos de calendario (*.ics *.ical);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>New line in a message</source>
        <translation>Nueva línea en un mensaje</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Mayús+Intro</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assistant %1&lt;/p&gt;&lt;p&gt;To-dos, calendar and notes with a language model that runs on this computer. Your data stays on this device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Assistant %1&lt;/p&gt;&lt;p&gt;Tareas, calendario y notas con un modelo de lenguaje que se ejecuta en este equipo. Sus datos se quedan en este dispositivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;MIT License. &lt;a href=&quot;%1&quot;&gt;Third-party licences&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licencia MIT. &lt;a href=&quot;%1&quot;&gt;Licencias de terceros&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Assistant</source>
        <translation>Acerca de Assistant</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Ask or tell the assistant something… (Enter sends, Shift+Enter: new line)</source>
        <translation>Pregunte o diga algo al asistente… (Intro envía; Mayús+Intro: nueva línea)</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Elegir el mes</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Elegir el año</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Título de la nota</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>Etiquetas de la nota</translation>
    </message>
    <message>
        <source>Tags, separated by commas, e.g. work, ideas</source>
        <translation>Etiquetas, separadas por comas, p. ej., trabajo, ideas</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list</source>
        <translation>Escriba en Markdown: # título, **negrita**, - lista</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The formatted note appears here.</source>
        <translation>Aquí aparece la nota con formato.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Show or hide the formatted preview (Ctrl+P)</source>
        <translation>Mostrar u ocultar la vista previa con formato (Ctrl+P)</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Mostrar vista previa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>Eliminar esta nota</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>tags: %1</source>
        <translation>etiquetas: %1</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Buscar notas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>New note (Ctrl+N)</source>
        <translation>Nueva nota (Ctrl+N)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Notes list</source>
        <translation>Lista de notas</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Notas encontradas</translation>
    </message>
    <message>
        <source>Pick a note on the left, or press Ctrl+N to write a new one.</source>
        <translation>Elija una nota a la izquierda o pulse Ctrl+N para escribir una nueva.</translation>
    </message>
    <message>
        <source>Delete the note “%1”? You can bring it back with Undo.</source>
        <translation>¿Eliminar la nota «%1»? Puede recuperarla con Deshacer.</translation>
    </message>
    <message>
        <source>Could not delete the note</source>
        <translation>No se pudo eliminar la nota</translation>
    </message>
    <message>
        <source>No notes match.</source>
        <translation>Ninguna nota coincide.</translation>
    </message>
    <message>
        <source>No notes yet. Press Ctrl+N to write one.</source>
        <translation>Aún no hay notas. Pulse Ctrl+N para escribir una.</translation>
    </message>
    <message>
        <source>Showing the %1 best matches.</source>
        <translation>Se muestran las %1 mejores coincidencias.</translation>
    </message>
    <message>
        <source>Showing the %1 most recent notes; search to find older ones.</source>
        <translation>Se muestran las %1 notas más recientes; busque para encontrar otras más antiguas.</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 notas</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>A passphrase you choose opens your data where the keychain cannot, like the recovery key. It is kept next to your data, so choose a long one (at least %1 characters) that you use nowhere else.</source>
        <translation>Una frase de contraseña que usted elija abre sus datos donde el llavero no puede, como la clave de recuperación. Se guarda junto a sus datos, así que elija una larga (al menos %1 caracteres) que no use en ningún otro sitio.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>La misma otra vez</translation>
    </message>
    <message>
        <source>Passphrase error</source>
        <translation>Error de la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Establecer la frase</translation>
    </message>
    <message>
        <source>&amp;Remove passphrase</source>
        <translation>&amp;Quitar la frase</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Las dos frases no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Una frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Passphrase set: it opens your data too.</source>
        <translation>Frase de contraseña establecida: también abre sus datos.</translation>
    </message>
    <message>
        <source>Passphrase removed: the recovery key still opens your data.</source>
        <translation>Frase de contraseña quitada: la clave de recuperación sigue abriendo sus datos.</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <source>That to-do no longer exists.</source>
        <translation>Esa tarea ya no existe.</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Esa nota ya no existe.</translation>
    </message>
    <message>
        <source>That event no longer exists.</source>
        <translation>Ese evento ya no existe.</translation>
    </message>
    <message>
        <source>That change is no longer in the history.</source>
        <translation>Ese cambio ya no está en el historial.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>&amp;Encrypt my data</source>
        <translation>&amp;Cifrar mis datos</translation>
    </message>
    <message>
        <source>Encrypt the database on this computer with a key kept in the keychain.</source>
        <translation>Cifrar la base de datos en este equipo con una clave guardada en el llavero.</translation>
    </message>
    <message>
        <source>Encrypts your to-dos, events, notes and conversations on disk (SQLCipher), so a lost or shared disk does not give them away. The key is kept in the system keychain; a recovery key, shown once, opens your data where the keychain cannot.</source>
        <translation>Cifra sus tareas, eventos, notas y conversaciones en el disco (SQLCipher), para que un disco perdido o compartido no los revele. La clave se guarda en el llavero del sistema; una clave de recuperación, que se muestra una sola vez, abre sus datos donde el llavero no puede.</translation>
    </message>
    <message>
        <source>Encryption status</source>
        <translation>Estado del cifrado</translation>
    </message>
    <message>
        <source>C&amp;hange key…</source>
        <translation>Ca&amp;mbiar la clave…</translation>
    </message>
    <message>
        <source>Re-encrypt your data with a new key and show its new recovery key.</source>
        <translation>Volver a cifrar tus datos con una clave nueva y mostrar su nueva clave de recuperación.</translation>
    </message>
    <message>
        <source>&amp;Passphrase…</source>
        <translation>&amp;Frase de contraseña…</translation>
    </message>
    <message>
        <source>Choose a passphrase that opens your data too, where the keychain cannot.</source>
        <translation>Elija una frase de contraseña que también abra sus datos donde el llavero no puede.</translation>
    </message>
    <message>
        <source>Converting the database</source>
        <translation>Convirtiendo la base de datos</translation>
    </message>
    <message>
        <source>Your data is encrypted.</source>
        <translation>Sus datos están cifrados.</translation>
    </message>
    <message>
        <source>Encryption is not available: %1.</source>
        <translation>El cifrado no está disponible: %1.</translation>
    </message>
    <message>
        <source>Your data is not encrypted.</source>
        <translation>Sus datos no están cifrados.</translation>
    </message>
    <message>
        <source>Turn encryption off?</source>
        <translation>¿Desactivar el cifrado?</translation>
    </message>
    <message>
        <source>Your data will be stored unencrypted on this computer from now on.</source>
        <translation>A partir de ahora sus datos se guardarán sin cifrar en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Your data will be encrypted again with a new key. Once it is, the old recovery key no longer opens your data; this new one does. It is shown only now: save it in a password manager or write it down.</source>
        <translation>Tus datos se cifrarán de nuevo con una clave nueva. Después, la clave de recuperación antigua ya no abrirá tus datos; esta nueva sí. Solo se muestra ahora: guárdala en un gestor de contraseñas o anótala.</translation>
    </message>
    <message>
        <source>C&amp;hange the key</source>
        <translation>Ca&amp;mbiar la clave</translation>
    </message>
    <message>
        <source>Changing the key… (the app waits meanwhile)</source>
        <translation>Cambiando la clave… (la aplicación espera mientras tanto)</translation>
    </message>
    <message>
        <source>Converting the database… (the app waits meanwhile)</source>
        <translation>Convirtiendo la base de datos… (la app espera mientras tanto)</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>Action items</source>
        <translation>Tareas del correo</translation>
    </message>
    <message>
        <source>Add all</source>
        <translation>Añadir todo</translation>
    </message>
    <message>
        <source>Add all action items</source>
        <translation>Añadir todas las tareas del correo</translation>
    </message>
    <message>
        <source>Result of adding</source>
        <translation>Resultado de añadir</translation>
    </message>
    <message>
        <source>Removed “%1” again.</source>
        <translation>Se quitó «%1» de nuevo.</translation>
    </message>
</context>
<context>
    <name>QuickAddBox</name>
    <message>
        <source>New to-do</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Add a to-do, e.g. “call mom friday 5pm !high #family”</source>
        <translation>Añada una tarea, p. ej., «llamar a mamá viernes 17:00 !high #familia»</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add to-do</source>
        <translation>Añadir tarea</translation>
    </message>
    <message>
        <source>What will be added</source>
        <translation>Lo que se añadirá</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>The calendar the new to-do goes to</source>
        <translation>El calendario al que va la nueva tarea</translation>
    </message>
    <message>
        <source>Put a date at the start or end; !high or !low sets the priority, #word a tag.</source>
        <translation>Ponga una fecha al principio o al final; !high o !low fija la prioridad, #palabra una etiqueta.</translation>
    </message>
    <message>
        <source>Write what needs doing, not only when.</source>
        <translation>Escriba qué hay que hacer, no solo cuándo.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha de vencimiento</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>prioridad alta</translation>
    </message>
    <message>
        <source>low priority</source>
        <translation>prioridad baja</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Open the quick-entry window</source>
        <translation>Abrir la ventana de entrada rápida</translation>
    </message>
    <message>
        <source>The shortcut %1 could not be set: the system refused it (another app may be using it, or the key cannot be used). Try another one, such as Ctrl+Shift+Space.</source>
        <translation>No se pudo establecer el atajo %1: el sistema lo rechazó (puede que otra aplicación lo esté usando o que la tecla no se pueda usar). Pruebe otro, como Ctrl+Shift+Space.</translation>
    </message>
    <message>
        <source>The shortcut %1 could not be set: this desktop offers no global shortcuts, or the request was declined. You can bind “assistant --quick-add” in your desktop&apos;s keyboard settings instead.</source>
        <translation>No se pudo establecer el atajo %1: este escritorio no ofrece atajos globales, o la solicitud fue rechazada. En su lugar, puede asignar «assistant --quick-add» a una tecla en los ajustes de teclado de su escritorio.</translation>
    </message>
</context>
<context>
    <name>QuickEntryChips</name>
    <message>
        <source>Due: %1</source>
        <translation>Vence: %1</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Prioridad alta</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Prioridad baja</translation>
    </message>
</context>
<context>
    <name>QuickEntryWindow</name>
    <message>
        <source>Quick entry</source>
        <translation>Entrada rápida</translation>
    </message>
    <message>
        <source>New to-do</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>call mom friday 5pm !high #family</source>
        <translation>llamar a mamá viernes 17:00 !high #familia</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Save to-do</source>
        <translation>Guardar tarea</translation>
    </message>
    <message>
        <source>Enter: save the to-do</source>
        <translation>Intro: guardar la tarea</translation>
    </message>
    <message>
        <source>Ask the assistant</source>
        <translation>Preguntar al asistente</translation>
    </message>
    <message>
        <source>Ctrl+Enter: send the text to the chat instead</source>
        <translation>Ctrl+Intro: enviar el texto al chat</translation>
    </message>
    <message>
        <source>A date at the start or end; !high or !low, #tags.</source>
        <translation>Una fecha al principio o al final; !high o !low, #etiquetas.</translation>
    </message>
    <message>
        <source>Write what needs doing, not only when.</source>
        <translation>Escriba qué hay que hacer, no solo cuándo.</translation>
    </message>
    <message>
        <source>Type a to-do first, e.g. “call mom friday 5pm”.</source>
        <translation>Escriba primero una tarea, p. ej., «llamar a mamá viernes 17:00».</translation>
    </message>
    <message>
        <source>Type what to ask first.</source>
        <translation>Escriba primero lo que quiere preguntar.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Save your recovery key</source>
        <translation>Guarde su clave de recuperación</translation>
    </message>
    <message>
        <source>Your data will be encrypted with a key kept in the system keychain. Where the keychain cannot give it (another desktop session, a new computer), only this recovery key opens your data. It is shown only now: save it in a password manager or write it down.</source>
        <translation>Sus datos se cifrarán con una clave guardada en el llavero del sistema. Donde el llavero no pueda darla (otra sesión de escritorio, un equipo nuevo), solo esta clave de recuperación abre sus datos. Se muestra solo ahora: guárdela en un gestor de contraseñas o anótela.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>I have saved my recovery key somewhere safe</source>
        <translation>He guardado mi clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>&amp;Encrypt my data</source>
        <translation>&amp;Cifrar mis datos</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Cada año</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)</source>
        <translation>Regla personalizada (RRULE)</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>Intervalo de repetición</translation>
    </message>
    <message>
        <source>Repetition ends</source>
        <translation>Fin de la repetición</translation>
    </message>
    <message>
        <source>Never ends</source>
        <translation>Nunca termina</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <source>Ends after</source>
        <translation>Termina tras</translation>
    </message>
    <message>
        <source>Last day of the repetition</source>
        <translation>Último día de la repetición</translation>
    </message>
    <message>
        <source> times</source>
        <translation> veces</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Número de veces</translation>
    </message>
    <message>
        <source>Custom repeat rule</source>
        <translation>Regla de repetición personalizada</translation>
    </message>
    <message>
        <source>An iCalendar RRULE, e.g. FREQ=MONTHLY;BYDAY=2TU</source>
        <translation>Una RRULE de iCalendar, p. ej., FREQ=MONTHLY;BYDAY=2TU</translation>
    </message>
    <message>
        <source>Repeat summary</source>
        <translation>Resumen de la repetición</translation>
    </message>
    <message>
        <source>Enter a repeat rule, e.g. FREQ=MONTHLY;BYDAY=2TU.</source>
        <translation>Escriba una regla de repetición, p. ej., FREQ=MONTHLY;BYDAY=2TU.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Elija al menos un día de la semana.</translation>
    </message>
    <message>
        <source>The repetition cannot end before the event starts.</source>
        <translation>La repetición no puede terminar antes de que empiece el evento.</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>día(s)</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>semana(s)</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>mes(es)</translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation>año(s)</translation>
    </message>
    <message>
        <source>Repeats %1.</source>
        <translation>Se repite %1.</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Pospuesto hasta %1.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Descartado.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Deshecho.</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>mañana %1</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
</context>
<context>
    <name>ReminderChoice</name>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Sin recordatorio</translation>
    </message>
    <message>
        <source>%1 day(s) before</source>
        <translation>%1 día(s) antes</translation>
    </message>
    <message>
        <source>%1 hour(s) before</source>
        <translation>%1 hora(s) antes</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>%1 minutos antes</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Snooze 5 min</source>
        <translation>Posponer 5 min</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Posponer 1 hora</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Check or change it before adding</source>
        <translation>Revisarlo o cambiarlo antes de añadirlo</translation>
    </message>
    <message>
        <source>Added ✓</source>
        <translation>Añadido ✓</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Añadir «%1»</translation>
    </message>
    <message>
        <source>Edit “%1” before adding</source>
        <translation>Editar «%1» antes de añadirlo</translation>
    </message>
    <message>
        <source>Undo adding “%1”</source>
        <translation>Deshacer añadir «%1»</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>Mark as not done</source>
        <translation>Marcar como no hecha</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Reminder…</source>
        <translation>Recordatorio…</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Editar título</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Cambiar fecha de vencimiento</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Search to-dos, events and notes</source>
        <translation>Buscar tareas, eventos y notas</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Type to search to-dos, events and notes.</source>
        <translation>Escriba para buscar tareas, eventos y notas.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Nada coincide.</translation>
    </message>
    <message>
        <source>1 match. Enter opens it.</source>
        <translation>1 coincidencia. Intro la abre.</translation>
    </message>
    <message>
        <source>%1 matches. Enter opens the selected one.</source>
        <translation>%1 coincidencias. Intro abre la seleccionada.</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <source>On this &amp;computer</source>
        <translation>En este &amp;equipo</translation>
    </message>
    <message>
        <source>On a ser&amp;ver</source>
        <translation>En un ser&amp;vidor</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>Modelo en el servidor</translation>
    </message>
    <message>
        <source>&amp;List models</source>
        <translation>&amp;Listar modelos</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>If the server cannot be used at start, run the model on this computer</source>
        <translation>Si el servidor no se puede usar al iniciar, ejecutar el modelo en este equipo</translation>
    </message>
    <message>
        <source>Off: a server that is down is reported and nothing else happens. On: the model chosen for this computer loads instead, and the status bar says so.</source>
        <translation>Desactivado: un servidor caído se notifica y no pasa nada más. Activado: se carga en su lugar el modelo elegido para este equipo, y la barra de estado lo indica.</translation>
    </message>
    <message>
        <source>Your to-dos, events and notes stay here; what you type, and what the assistant reads to answer, goes to the server. See docs/remote.md.</source>
        <translation>Sus tareas, eventos y notas se quedan aquí; lo que escribe, y lo que el asistente lee para responder, va al servidor. Consulte docs/remote.md.</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Estado del servidor</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardada</translation>
    </message>
    <message>
        <source>unchanged if left empty</source>
        <translation>sin cambios si se deja vacía</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message numerus="yes">
        <source>The server has %n model(s).</source>
        <translation>
            <numerusform>El servidor tiene %n modelo.</numerusform>
            <numerusform>El servidor tiene %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send your words to this server?</source>
        <translation>¿Enviar lo que escribe a este servidor?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacidad</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Error en los ajustes</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Modelo en uso</translation>
    </message>
    <message>
        <source>Do&amp;wnload a model…</source>
        <translation>&amp;Descargar un modelo…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Elegir un &amp;archivo…</translation>
    </message>
    <message>
        <source>Automatic (%1 cores)</source>
        <translation>Automático (%1 núcleos)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Todas las capas</translation>
    </message>
    <message>
        <source>Some layers</source>
        <translation>Algunas capas</translation>
    </message>
    <message>
        <source>GPU offload</source>
        <translation>Descarga en GPU</translation>
    </message>
    <message>
        <source> layers</source>
        <translation> capas</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Capas en GPU</translation>
    </message>
    <message>
        <source>Checking whether this build can use a GPU…</source>
        <translation>Comprobando si esta compilación puede usar una GPU…</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>Tamaño del contexto</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Se ejecuta:</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>En uso:</translation>
    </message>
    <message>
        <source>&amp;Installed:</source>
        <translation>&amp;Instalados:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Hilos:</translation>
    </message>
    <message>
        <source>GP&amp;U offload:</source>
        <translation>Descarga en GP&amp;U:</translation>
    </message>
    <message>
        <source>&amp;Context size:</source>
        <translation>&amp;Tamaño del contexto:</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes on the next start</source>
        <translation>El idioma de la ventana; cambia en el próximo inicio</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Se&amp;guir funcionando en la bandeja al cerrar la ventana</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Seguir funcionando en la bandeja</translation>
    </message>
    <message>
        <source>Ask &amp;before changes</source>
        <translation>Preguntar &amp;antes de cambiar</translation>
    </message>
    <message>
        <source>The assistant&apos;s changes wait for your approval</source>
        <translation>Los cambios del asistente esperan su aprobación</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Quick entry shortcut</source>
        <translation>Atajo de la entrada rápida</translation>
    </message>
    <message>
        <source>Opens the quick-entry window from any app, where the system allows it; a new one takes effect when you save. Elsewhere, bind “assistant --quick-add” in your desktop&apos;s keyboard settings.</source>
        <translation>Abre la ventana de entrada rápida desde cualquier aplicación, donde el sistema lo permite; un atajo nuevo se aplica al guardar. En otros casos, asigne «assistant --quick-add» a una tecla en los ajustes de teclado de su escritorio.</translation>
    </message>
    <message>
        <source>Quick entry shortcut problem</source>
        <translation>Problema del atajo de la entrada rápida</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Quick entry shortcut:</source>
        <translation>Atajo de la entrada &amp;rápida:</translation>
    </message>
    <message>
        <source>This build of llama.cpp has no GPU support; the model runs on the CPU.</source>
        <translation>Esta compilación de llama.cpp no admite GPU; el modelo se ejecuta en la CPU.</translation>
    </message>
    <message>
        <source>Write the shortcut as keys joined by +, e.g. Ctrl+Shift+Space.</source>
        <translation>Escriba el atajo como teclas unidas por +, p. ej., Ctrl+Shift+Space.</translation>
    </message>
    <message>
        <source>No downloaded models yet</source>
        <translation>Aún no hay modelos descargados</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Aún no hay modelo</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>%1 (after Save)</source>
        <translation>%1 (tras Guardar)</translation>
    </message>
    <message>
        <source>Select a downloaded model to remove.</source>
        <translation>Seleccione un modelo descargado para quitarlo.</translation>
    </message>
    <message>
        <source>Delete %1 from this computer?</source>
        <translation>¿Eliminar %1 de este equipo?</translation>
    </message>
    <message>
        <source>It is the model in use; the assistant stops until you pick another.</source>
        <translation>Es el modelo en uso; el asistente se detiene hasta que elija otro.</translation>
    </message>
    <message>
        <source>Remove model?</source>
        <translation>¿Quitar el modelo?</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
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
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>Set up the assistant</source>
        <translation>Configurar el asistente</translation>
    </message>
    <message>
        <source>The assistant needs a language model. It runs on this computer: nothing you type leaves it. The download happens once.</source>
        <translation>El asistente necesita un modelo de lenguaje. Se ejecuta en este equipo: nada de lo que escribe sale de él. La descarga se hace una sola vez.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>Modelo para descargar</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>Detalles del modelo</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Espacio libre en disco</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation>Disco:</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Estado de la descarga</translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation>hf_…</translation>
    </message>
    <message>
        <source>Hugging Face access token</source>
        <translation>Token de acceso de Hugging Face</translation>
    </message>
    <message>
        <source>Save token and &amp;retry</source>
        <translation>Guardar el token y &amp;reintentar</translation>
    </message>
    <message>
        <source>Save token and retry</source>
        <translation>Guardar el token y reintentar</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Use a GGUF &amp;file on disk…</source>
        <translation>Usar un &amp;archivo GGUF del disco…</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>&amp;Cancelar la descarga</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message>
        <source>Use a GGUF file on disk</source>
        <translation>Usar un archivo GGUF del disco</translation>
    </message>
    <message>
        <source>%1 suits most computers.</source>
        <translation>%1 sirve para la mayoría de los equipos.</translation>
    </message>
    <message>
        <source>You have %1 of memory; %2 fits well.</source>
        <translation>Tiene %1 de memoria; %2 le va bien.</translation>
    </message>
    <message>
        <source>%1 Needs about %2 of memory. Licence: %3.</source>
        <translation>%1 Necesita unos %2 de memoria. Licencia: %3.</translation>
    </message>
    <message>
        <source>This computer has less, so it may be slow.</source>
        <translation>Este equipo tiene menos, así que puede ir lento.</translation>
    </message>
    <message>
        <source>%1 free in %2</source>
        <translation>%1 libres en %2</translation>
    </message>
    <message>
        <source>not enough for this model; free some space first.</source>
        <translation>no basta para este modelo; libere espacio primero.</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>&amp;Usar este modelo</translation>
    </message>
    <message>
        <source>Already downloaded.</source>
        <translation>Ya descargado.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>%1 of %2 was downloaded earlier; resume to finish it.</source>
        <translation>Ya se descargaron %1 de %2; reanude para terminar.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <source>Resuming %1…</source>
        <translation>Reanudando %1…</translation>
    </message>
    <message>
        <source>Cancel the download?</source>
        <translation>¿Cancelar la descarga?</translation>
    </message>
    <message>
        <source>The part downloaded so far will be deleted.</source>
        <translation>Se borrará la parte descargada hasta ahora.</translation>
    </message>
    <message>
        <source>Downloaded and checked %1.</source>
        <translation>Se descargó y comprobó %1.</translation>
    </message>
    <message>
        <source>Paused. Resume continues where it stopped.</source>
        <translation>En pausa. Reanudar continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>Download cancelled; the partial file was deleted.</source>
        <translation>Descarga cancelada; se borró el archivo parcial.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Paste an access token first.</source>
        <translation>Pegue primero un token de acceso.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Choose a GGUF model file</source>
        <translation>Elegir un archivo de modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>Database status</source>
        <translation>Estado de la base de datos</translation>
    </message>
    <message>
        <source>Back up and &amp;recover…</source>
        <translation>Copiar y &amp;recuperar…</translation>
    </message>
    <message>
        <source>Keep the damaged file as a backup and rebuild it from what can be read.</source>
        <translation>Conservar el archivo dañado como copia de seguridad y reconstruirlo con lo que se pueda leer.</translation>
    </message>
    <message>
        <source>The database is damaged (%1), so changes are off: you can still read your data. Back it up and recover what can be read?</source>
        <translation>La base de datos está dañada (%1), así que los cambios están desactivados: aún puede leer sus datos. ¿Hacer una copia y recuperar lo que se pueda leer?</translation>
    </message>
    <message>
        <source>Recover the database?</source>
        <translation>¿Recuperar la base de datos?</translation>
    </message>
    <message>
        <source>The damaged file is kept next to the new one as a backup, unchanged. Every row that can still be read is copied into a fresh database; what cannot be read is missing from it.</source>
        <translation>El archivo dañado se conserva sin cambios junto al nuevo como copia de seguridad. Cada fila que aún se pueda leer se copia a una base de datos nueva; lo que no se pueda leer faltará en ella.</translation>
    </message>
    <message>
        <source>Back up and recover</source>
        <translation>Copiar y recuperar</translation>
    </message>
    <message>
        <source>Backing up and recovering…</source>
        <translation>Copiando y recuperando…</translation>
    </message>
    <message>
        <source>Recovery failed: %1</source>
        <translation>La recuperación falló: %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>&lt;b&gt;Subscriptions&lt;/b&gt; (read-only calendars by address)</source>
        <translation>&lt;b&gt;Suscripciones&lt;/b&gt; (calendarios de solo lectura por dirección)</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Subscription name</source>
        <translation>Nombre de la suscripción</translation>
    </message>
    <message>
        <source>e.g. Holidays</source>
        <translation>p. ej., Festivos</translation>
    </message>
    <message>
        <source>Subscription address</source>
        <translation>Dirección de la suscripción</translation>
    </message>
    <message>
        <source>webcal://… or https://….ics</source>
        <translation>webcal://… o https://….ics</translation>
    </message>
    <message>
        <source>Su&amp;bscribe</source>
        <translation>Su&amp;scribirse</translation>
    </message>
    <message>
        <source>Remove s&amp;ubscription</source>
        <translation>Quitar s&amp;uscripción</translation>
    </message>
    <message>
        <source>Subscriptions status</source>
        <translation>Estado de las suscripciones</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n event(s), %2</source>
        <translation>
            <numerusform>%1 — %n evento, %2</numerusform>
            <numerusform>%1 — %n eventos, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Obteniendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Removed the subscription %1 and its %n event(s).</source>
        <translation>
            <numerusform>Se quitó la suscripción %1 y su %n evento.</numerusform>
            <numerusform>Se quitó la suscripción %1 y sus %n eventos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync warning</source>
        <translation>Aviso de sincronización</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Items changed here and on the server: choose which to keep</source>
        <translation>Elementos cambiados aquí y en el servidor: elija cuáles conservar</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflicto por resolver</numerusform>
            <numerusform>%n conflictos por resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Syncing with the calendar servers</source>
        <translation>Sincronizando con los servidores de calendario</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>La sincronización falló</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Sync now: F5</source>
        <translation>Sincronizar ahora: F5</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>Last sync: %1 %2</source>
        <translation>Última sincronización: %1 %2</translation>
    </message>
</context>
<context>
    <name>TaskLists</name>
    <message>
        <source>Local calendar</source>
        <translation>Calendario local</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>El equipo se quedó sin memoria.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Details are in the log.</source>
        <translation>Algo salió mal (%1). Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>e.g. 3pm or 15:00</source>
        <translation>p. ej., 3pm o 15:00</translation>
    </message>
    <message>
        <source>A time, e.g. &quot;3pm&quot;, &quot;15:00&quot;, &quot;15h&quot; or &quot;noon&quot;; Up/Down step.</source>
        <translation>Una hora, p. ej., «3pm», «15:00», «15h» o «noon»; Arriba/Abajo la ajustan.</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>All-day events</source>
        <translation>Eventos de todo el día</translation>
    </message>
</context>
<context>
    <name>TodoDialog</name>
    <message>
        <source>New to-do</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Edit to-do</source>
        <translation>Editar tarea</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Tiene fecha de vencimiento</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>a&amp;t</source>
        <translation>a la&amp;s</translation>
    </message>
    <message>
        <source>Due at a time of day</source>
        <translation>Vence a una hora del día</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Hora de vencimiento</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>A la hora de vencimiento</translation>
    </message>
    <message>
        <source>When the reminder goes off</source>
        <translation>Cuándo suena el recordatorio</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>Recorda&amp;torio:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ca&amp;lendario:</translation>
    </message>
    <message>
        <source>Give the to-do a title.</source>
        <translation>Ponga un título a la tarea.</translation>
    </message>
    <message>
        <source>A reminder goes off only once the to-do has a due date.</source>
        <translation>Un recordatorio solo suena cuando la tarea tiene fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Reminder: %1.</source>
        <translation>Recordatorio: %1.</translation>
    </message>
    <message>
        <source>Without a time, it counts from %1 on the due day.</source>
        <translation>Sin hora, cuenta desde las %1 del día de vencimiento.</translation>
    </message>
    <message>
        <source>That time has passed, so it will not go off.</source>
        <translation>Esa hora ya pasó, así que no sonará.</translation>
    </message>
</context>
<context>
    <name>TodoFormat</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha de vencimiento</translation>
    </message>
</context>
<context>
    <name>TodoTableModel</name>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>A reminder is set, but it goes off only once there is a due date.</source>
        <translation>Hay un recordatorio, pero solo suena cuando haya fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Recordatorio: %1</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No hecha</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Vencida: %1</translation>
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
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Search to-dos</source>
        <translation>Buscar tareas</translation>
    </message>
    <message>
        <source>Search, or #tag</source>
        <translation>Buscar, o #etiqueta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete selected to-dos</source>
        <translation>Eliminar las tareas seleccionadas</translation>
    </message>
    <message>
        <source>Delete the selected to-dos (Delete)</source>
        <translation>Eliminar las tareas seleccionadas (Supr)</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>e.g. tomorrow 9am, friday, 2026-12-24; empty for none</source>
        <translation>p. ej., mañana 9am, viernes, 2026-12-24; vacío para ninguna</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Added “%1”; the current filter hides it.</source>
        <translation>Se añadió «%1»; el filtro actual la oculta.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>Deleted %1 to-dos.</source>
        <translation>Se eliminaron %1 tareas.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No to-dos yet. Type one above and press Enter.</source>
        <translation>Aún no hay tareas. Escriba una arriba y pulse Intro.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
</context>
<context>
    <name>Tool</name>
    <message>
        <source>Adding a note</source>
        <translation>Añadiendo una nota</translation>
    </message>
    <message>
        <source>Adding a to-do</source>
        <translation>Añadiendo una tarea</translation>
    </message>
    <message>
        <source>Adding an event</source>
        <translation>Añadiendo un evento</translation>
    </message>
    <message>
        <source>Adding to a note</source>
        <translation>Añadiendo a una nota</translation>
    </message>
    <message>
        <source>Adding to-dos</source>
        <translation>Añadiendo tareas</translation>
    </message>
    <message>
        <source>Changing a note</source>
        <translation>Cambiando una nota</translation>
    </message>
    <message>
        <source>Changing a to-do</source>
        <translation>Cambiando una tarea</translation>
    </message>
    <message>
        <source>Changing an event</source>
        <translation>Cambiando un evento</translation>
    </message>
    <message>
        <source>Checking off a to-do</source>
        <translation>Marcando una tarea como hecha</translation>
    </message>
    <message>
        <source>Checking off to-dos</source>
        <translation>Marcando tareas como hechas</translation>
    </message>
    <message>
        <source>Creating a note</source>
        <translation>Creando una nota</translation>
    </message>
    <message>
        <source>Deleting a note</source>
        <translation>Eliminando una nota</translation>
    </message>
    <message>
        <source>Deleting a to-do</source>
        <translation>Eliminando una tarea</translation>
    </message>
    <message>
        <source>Deleting an event</source>
        <translation>Eliminando un evento</translation>
    </message>
    <message>
        <source>Finding free time</source>
        <translation>Buscando tiempo libre</translation>
    </message>
    <message>
        <source>Finding notes</source>
        <translation>Buscando notas</translation>
    </message>
    <message>
        <source>Looking up an event</source>
        <translation>Consultando un evento</translation>
    </message>
    <message>
        <source>Looking up events</source>
        <translation>Consultando eventos</translation>
    </message>
    <message>
        <source>Looking up notes</source>
        <translation>Consultando notas</translation>
    </message>
    <message>
        <source>Looking up reminders</source>
        <translation>Consultando recordatorios</translation>
    </message>
    <message>
        <source>Looking up to-dos</source>
        <translation>Consultando tareas</translation>
    </message>
    <message>
        <source>Reading a note</source>
        <translation>Leyendo una nota</translation>
    </message>
    <message>
        <source>Reopening a to-do</source>
        <translation>Reabriendo una tarea</translation>
    </message>
    <message>
        <source>Searching notes</source>
        <translation>Buscando en las notas</translation>
    </message>
    <message>
        <source>Tagging a note</source>
        <translation>Etiquetando una nota</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Show earlier messages</source>
        <translation>Mostrar mensajes anteriores</translation>
    </message>
    <message>
        <source>Ask about your to-dos, calendar and notes, for example
“What&apos;s on tomorrow?” or “Remind me to call Anna on Friday at 5pm”.</source>
        <translation>Pregunte por sus tareas, su calendario y sus notas, por ejemplo
«¿Qué tengo mañana?» o «Recuérdame llamar a Anna el viernes a las 17:00».</translation>
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
        <translation>&amp;Ocultar ventana</translation>
    </message>
    <message>
        <source>New &amp;to-do…</source>
        <translation>Nueva &amp;tarea…</translation>
    </message>
    <message>
        <source>&amp;Quick entry…</source>
        <translation>Entrada &amp;rápida…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Mostrar ventana</translation>
    </message>
    <message>
        <source>More reminders</source>
        <translation>Más recordatorios</translation>
    </message>
    <message numerus="yes">
        <source>%n more reminder(s) fell due; see the calendar and to-dos.</source>
        <translation>
            <numerusform>Venció %n recordatorio más; consulte el calendario y las tareas.</numerusform>
            <numerusform>Vencieron %n recordatorios más; consulte el calendario y las tareas.</numerusform>
        </translation>
    </message>
    <message>
        <source>All day %1</source>
        <translation>Todo el día %1</translation>
    </message>
    <message>
        <source>Starts %1 at %2</source>
        <translation>Empieza %1 a las %2</translation>
    </message>
    <message>
        <source>To-do due %1</source>
        <translation>Tarea que vence %1</translation>
    </message>
    <message>
        <source>To-do due %1 at %2</source>
        <translation>Tarea que vence %1 a las %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Recordatorio: %1</translation>
    </message>
</context>
<context>
    <name>TurnRenderer</name>
    <message>
        <source>Waiting for your approval…</source>
        <translation>Esperando su aprobación…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Working: %1…</source>
        <translation>Trabajando: %1…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 no funcionó: %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>The answer reached its length limit here.</source>
        <translation>La respuesta alcanzó aquí su límite de longitud.</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undid %1.</source>
        <translation>Se deshizo %1.</translation>
    </message>
    <message>
        <source>Redid %1.</source>
        <translation>Se rehízo %1.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Your data is locked</source>
        <translation>Sus datos están bloqueados</translation>
    </message>
    <message>
        <source>Your data is encrypted, and the system keychain does not have its key (it may be locked, or this is another desktop session). Type the recovery key you saved when you turned encryption on.</source>
        <translation>Sus datos están cifrados y el llavero del sistema no tiene su clave (puede estar bloqueado, o esta es otra sesión de escritorio). Escriba la clave de recuperación que guardó al activar el cifrado.</translation>
    </message>
    <message>
        <source>Your data is encrypted, and the system keychain does not have its key (it may be locked, or this is another desktop session). Type your passphrase, or the recovery key you saved when you turned encryption on.</source>
        <translation>Sus datos están cifrados y el llavero del sistema no tiene su clave (puede estar bloqueado, o esta es otra sesión de escritorio). Escriba su frase de contraseña, o la clave de recuperación que guardó al activar el cifrado.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Error de desbloqueo</translation>
    </message>
    <message>
        <source>&amp;Keep the key in the keychain of this computer</source>
        <translation>&amp;Guardar la clave en el llavero de este equipo</translation>
    </message>
    <message>
        <source>No keychain works here, so the recovery key is asked for at each start.</source>
        <translation>Aquí no funciona ningún llavero, así que la clave de recuperación se pide en cada inicio.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
    <message>
        <source>That recovery key does not open your data. Check it and try again.</source>
        <translation>Esa clave de recuperación no abre sus datos. Revísela e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>UpdateController</name>
    <message>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <source>The setup is running; the app closes now.</source>
        <translation>La configuración está en curso; la app se cierra ahora.</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>&amp;Check once a day</source>
        <translation>&amp;Comprobar una vez al día</translation>
    </message>
    <message>
        <source>&amp;No, thanks</source>
        <translation>&amp;No, gracias</translation>
    </message>
    <message>
        <source>Open the &amp;release page</source>
        <translation>Abrir la página de la &amp;versión</translation>
    </message>
    <message>
        <source>Download and &amp;install</source>
        <translation>Descargar e &amp;instalar</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Check for new versions? The app would send %1.</source>
        <translation>¿Buscar versiones nuevas? La app enviaría %1.</translation>
    </message>
    <message>
        <source>Assistant %1 is available (you have %2).</source>
        <translation>Assistant %1 está disponible (tiene la %2).</translation>
    </message>
</context>
<context>
    <name>UpdatesBox</name>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>&amp;Check for updates once a day</source>
        <translation>&amp;Buscar actualizaciones una vez al día</translation>
    </message>
    <message>
        <source>When on, the app sends %1. Nothing is sent while this is off.</source>
        <translation>Si está activado, la app envía %1. No se envía nada mientras esté desactivado.</translation>
    </message>
    <message>
        <source>Update check status</source>
        <translation>Estado de la búsqueda de actualizaciones</translation>
    </message>
</context>
<context>
    <name>UserBubble</name>
    <message>
        <source>Your message</source>
        <translation>Su mensaje</translation>
    </message>
    <message>
        <source>Pasted text: read only, nothing will be changed.</source>
        <translation>Texto pegado: solo lectura, no se cambiará nada.</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Show all %1 lines</source>
        <translation>Mostrar las %1 líneas</translation>
    </message>
</context>
<context>
    <name>WindowsToastNotifier</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
</TS>
