<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Calendars and to-do lists on a CalDAV server (Nextcloud, iCloud, Fastmail, Radicale…) stay in sync with this computer. Changes here apply at once.</source>
        <translation>Calendários e listas de tarefas num servidor CalDAV (Nextcloud, iCloud, Fastmail, Radicale…) ficam sincronizados com este computador. As alterações feitas aqui valem na hora.</translation>
    </message>
    <message>
        <source>Accounts and calendars</source>
        <translation>Contas e calendários</translation>
    </message>
    <message>
        <source>Account / calendar</source>
        <translation>Conta / calendário</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>Estado das contas</translation>
    </message>
    <message>
        <source>&amp;Add CalDAV account…</source>
        <translation>&amp;Adicionar conta CalDAV…</translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation>&amp;Remover conta…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only on demand</source>
        <translation>Só quando pedido</translation>
    </message>
    <message>
        <source>Sync every (minutes)</source>
        <translation>Sincronizar a cada (minutos)</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizar a &amp;cada:</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Ainda não há contas.</translation>
    </message>
    <message>
        <source>Added the account %1; syncing it now.</source>
        <translation>Conta %1 adicionada; sincronizando agora.</translation>
    </message>
    <message>
        <source>Remove the account %1?</source>
        <translation>Remover a conta %1?</translation>
    </message>
    <message>
        <source>Its calendars stop syncing and its password leaves the keychain. Keep its events and to-dos on this computer (as local items), or delete them here? Nothing is deleted on the server.</source>
        <translation>Os calendários dela deixam de sincronizar e a senha sai do chaveiro. Manter os eventos e tarefas dela neste computador (como itens locais) ou apagá-los aqui? Nada é apagado no servidor.</translation>
    </message>
    <message>
        <source>Remove, &amp;keep items</source>
        <translation>Remover e &amp;manter itens</translation>
    </message>
    <message>
        <source>Remove and &amp;delete items</source>
        <translation>Remover e &amp;apagar itens</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 and %n of its items here.</source>
        <translation>
            <numerusform>%1 removida, e %n dos seus itens aqui.</numerusform>
            <numerusform>%1 removida, e %n dos seus itens aqui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1; its items stay here as local ones.</source>
        <translation>%1 removida; os itens dela ficam aqui como locais.</translation>
    </message>
</context>
<context>
    <name>ActionCard</name>
    <message>
        <source>Action: %1</source>
        <translation>Ação: %1</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Desfazer: %1</translation>
    </message>
    <message>
        <source>Put things back as they were before this change</source>
        <translation>Deixar tudo como estava antes desta alteração</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Desfazendo…</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Desfeito</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>No date</source>
        <translation>Sem data</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Item de ação</translation>
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
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>%1 (looks like phishing)</source>
        <translation>%1 (parece phishing)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Não adicionado</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Adicionando…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removendo…</translation>
    </message>
    <message>
        <source>Looks like phishing: %1. “Add all” leaves it out.</source>
        <translation>Parece phishing: %1. “Adicionar tudo” deixa de fora.</translation>
    </message>
    <message>
        <source>This date could not be worked out; it will be added without one.</source>
        <translation>Não foi possível entender esta data; será adicionado sem data.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add a CalDAV account</source>
        <translation>Adicionar uma conta CalDAV</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Senha ou senha de app</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nome da conta</translation>
    </message>
    <message>
        <source>e.g. work (default: the host)</source>
        <translation>ex.: trabalho (padrão: o host)</translation>
    </message>
    <message>
        <source>&amp;Find calendars</source>
        <translation>&amp;Procurar calendários</translation>
    </message>
    <message>
        <source>Find calendars</source>
        <translation>Procurar calendários</translation>
    </message>
    <message>
        <source>Calendars found</source>
        <translation>Calendários encontrados</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Estado da conta</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Adicionar conta</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Looking for calendars…</source>
        <translation>Procurando calendários…</translation>
    </message>
    <message>
        <source>Give the password (or an app password made for this app).</source>
        <translation>Informe a senha (ou uma senha de app criada para este app).</translation>
    </message>
    <message numerus="yes">
        <source>Found %n calendar(s). Choose what to sync.</source>
        <translation>
            <numerusform>%n calendário encontrado. Escolha o que sincronizar.</numerusform>
            <numerusform>%n calendários encontrados. Escolha o que sincronizar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account has no calendars for events or to-dos.</source>
        <translation>A conta não tem calendários de eventos nem de tarefas.</translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation>Adicionando a conta…</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No events</source>
        <translation>Nenhum evento</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>repete</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Dia inteiro</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>a partir de %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
</context>
<context>
    <name>AllDayRow</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>mais %n</numerusform>
            <numerusform>mais %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerBlock</name>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
</context>
<context>
    <name>ApprovalCard</name>
    <message>
        <source>Approval needed: %1</source>
        <translation>Aprovação necessária: %1</translation>
    </message>
    <message>
        <source>Allow this change?</source>
        <translation>Permitir esta alteração?</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>O que mudaria</translation>
    </message>
    <message>
        <source>Asked because %1. Check it before you approve.</source>
        <translation>Perguntado porque %1. Confira antes de aprovar.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>Approve: %1</source>
        <translation>Aprovar: %1</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Negar</translation>
    </message>
    <message>
        <source>Deny: %1</source>
        <translation>Negar: %1</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Aprovado.</translation>
    </message>
    <message>
        <source>Denied: nothing was changed.</source>
        <translation>Negado: nada foi alterado.</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Interrompido: nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Calendar message</source>
        <translation>Mensagem do calendário</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
</context>
<context>
    <name>CalendarList</name>
    <message>
        <source>Calendars</source>
        <translation>Calendários</translation>
    </message>
    <message>
        <source>Local calendar</source>
        <translation>Calendário local</translation>
    </message>
    <message>
        <source>Show or hide the events of %1</source>
        <translation>Mostrar ou ocultar os eventos de %1</translation>
    </message>
</context>
<context>
    <name>CalendarPrompts</name>
    <message>
        <source>Edit repeating event</source>
        <translation>Editar evento recorrente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; repeats. What do you want to change?</source>
        <translation>“%1” se repete. O que você quer alterar?</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Este evento</translation>
    </message>
    <message>
        <source>All events in the series</source>
        <translation>Todos os eventos da série</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Excluir evento</translation>
    </message>
    <message>
        <source>You can undo this right afterwards.</source>
        <translation>Você pode desfazer logo em seguida.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; repeats. Delete only the occurrence on %2, or every event in the series?</source>
        <translation>“%1” se repete. Excluir só a ocorrência de %2 ou todos os eventos da série?</translation>
    </message>
    <message>
        <source>Delete this event</source>
        <translation>Excluir este evento</translation>
    </message>
    <message>
        <source>Delete all events</source>
        <translation>Excluir todos os eventos</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; on %2?</source>
        <translation>Excluir “%1” em %2?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Substituir arquivo</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 já existe. Deseja substituí-lo?</translation>
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
        <translation>Filtrar eventos por título ou local</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Mostrar hoje</translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation>Novo &amp;evento…</translation>
    </message>
    <message>
        <source>Add an event (Ctrl+E)</source>
        <translation>Adicionar um evento (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Editar o evento selecionado</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Excluir o evento selecionado</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>Di&amp;a</translation>
    </message>
    <message>
        <source>Show the selected day</source>
        <translation>Mostrar o dia selecionado</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>Show the selected day&apos;s week</source>
        <translation>Mostrar a semana do dia selecionado</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>H&amp;oras</translation>
    </message>
    <message>
        <source>Show an hour grid</source>
        <translation>Mostrar uma grade de horas</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <source>Import .ics files</source>
        <translation>Importar arquivos .ics</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Ex&amp;portar…</translation>
    </message>
    <message>
        <source>Export as an .ics file</source>
        <translation>Exportar como arquivo .ics</translation>
    </message>
    <message>
        <source>Nothing planned. Double-click a day or press “New event…” to add one.</source>
        <translation>Nada planejado. Clique duas vezes num dia ou pressione “Novo evento…” para adicionar um.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana de %1</translation>
    </message>
    <message>
        <source>The calendar could not be loaded: %1</source>
        <translation>Não foi possível carregar o calendário: %1</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Desfeito.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importar calendário</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical);;All files (*)</source>
        <translation>Arquivos de calendário (*.ics *.ical);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importando %n arquivo…</numerusform>
            <numerusform>Importando %n arquivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendário</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de calendário (*.ics)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Not sent.</source>
        <translation>Não enviado.</translation>
    </message>
    <message>
        <source>The model is still loading… Your message will be sent when it is ready.</source>
        <translation>O modelo ainda está carregando… Sua mensagem será enviada quando ele estiver pronto.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Excluir conversa</translation>
    </message>
    <message>
        <source>Delete this conversation? Changes it made to your data stay.</source>
        <translation>Excluir esta conversa? As alterações que ela fez nos seus dados permanecem.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1 Open Settings to choose another.</source>
        <translation>Não foi possível carregar o modelo: %1 Abra as Configurações para escolher outro.</translation>
    </message>
    <message>
        <source>No model is set up. Open Settings (File ▸ Settings…) to choose one.</source>
        <translation>Nenhum modelo configurado. Abra as Configurações (Arquivo ▸ Configurações…) para escolher um.</translation>
    </message>
    <message>
        <source>Your message was not sent.</source>
        <translation>Sua mensagem não foi enviada.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Chat status</source>
        <translation>Estado do chat</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>Parar a geração</translation>
    </message>
    <message>
        <source>Stop generating (Esc)</source>
        <translation>Parar a geração (Esc)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on both sides</source>
        <translation>Alterado nos dois lados</translation>
    </message>
    <message>
        <source>These items were changed on this computer and on the server since the last sync. Choose which version to keep; nothing is merged.</source>
        <translation>Estes itens foram alterados neste computador e no servidor desde a última sincronização. Escolha qual versão manter; nada é mesclado.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Neste computador</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>No servidor</translation>
    </message>
    <message>
        <source>Conflict message</source>
        <translation>Mensagem de conflito</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Manter a &amp;minha</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Manter a do &amp;servidor</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Manter &amp;ambas</translation>
    </message>
    <message>
        <source>Nothing left to resolve.</source>
        <translation>Nada mais a resolver.</translation>
    </message>
    <message>
        <source>Deleted on this computer.</source>
        <translation>Excluído neste computador.</translation>
    </message>
    <message>
        <source>Deleted on the server.</source>
        <translation>Excluído no servidor.</translation>
    </message>
    <message>
        <source>Kept. The server gets your choice with this sync.</source>
        <translation>Mantido. O servidor recebe sua escolha nesta sincronização.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Start an empty conversation (Ctrl+Shift+C)</source>
        <translation>Iniciar uma conversa vazia (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Recent conversations</source>
        <translation>Conversas recentes</translation>
    </message>
    <message>
        <source>Delete conversation…</source>
        <translation>Excluir conversa…</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Data status</source>
        <translation>Estado dos dados</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <source>Show the data files.</source>
        <translation>Mostrar os arquivos de dados.</translation>
    </message>
    <message>
        <source>E&amp;xport everything…</source>
        <translation>E&amp;xportar tudo…</translation>
    </message>
    <message>
        <source>Calendar (.ics), notes (Markdown) and all records (JSON), in a new dated folder.</source>
        <translation>Calendário (.ics), notas (Markdown) e todos os registros (JSON), numa nova pasta com data.</translation>
    </message>
    <message>
        <source>&amp;Forget deleted items…</source>
        <translation>Es&amp;quecer itens excluídos…</translation>
    </message>
    <message>
        <source>Remove the text of deleted to-dos, events and notes from the undo history and the database file.</source>
        <translation>Remover o texto de tarefas, eventos e notas excluídos do histórico de desfazer e do arquivo do banco de dados.</translation>
    </message>
    <message>
        <source>Erase e&amp;verything…</source>
        <translation>Apagar &amp;tudo…</translation>
    </message>
    <message>
        <source>Delete all to-dos, events, notes and conversations.</source>
        <translation>Excluir todas as tarefas, eventos, notas e conversas.</translation>
    </message>
    <message>
        <source>Export everything to</source>
        <translation>Exportar tudo para</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Forget deleted items?</source>
        <translation>Esquecer itens excluídos?</translation>
    </message>
    <message>
        <source>Deleted items stay in the undo history so that a deletion can be undone. This removes their text for good; their deletion can no longer be undone.</source>
        <translation>Itens excluídos ficam no histórico de desfazer para que uma exclusão possa ser desfeita. Isto remove o texto deles para sempre; a exclusão deles não poderá mais ser desfeita.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Es&amp;quecer</translation>
    </message>
    <message>
        <source>Forgetting deleted items…</source>
        <translation>Esquecendo itens excluídos…</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Apagando…</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d &apos;de&apos; MMM</translation>
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
        <translation>Calendário</translation>
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
        <translation>“%1” vem da assinatura %2, que é somente leitura.</translation>
    </message>
    <message>
        <source>Only the whole series of “%1” can become all day; drag it again and choose all events.</source>
        <translation>Só a série inteira de «%1» pode passar a dia inteiro; arraste-o de novo e escolha «Todos os eventos da série».</translation>
    </message>
    <message>
        <source>“%1” comes from the subscription %2, which is read-only: nothing was deleted. Remove the subscription in Settings → Accounts to drop its events.</source>
        <translation>“%1” vem da assinatura %2, que é somente leitura: nada foi excluído. Remova a assinatura em Configurações → Contas para descartar os eventos dela.</translation>
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
        <translation>Início</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repetição</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
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
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
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
        <translation>no início</translation>
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
        <translation>Cole um e-mail aqui…</translation>
    </message>
    <message>
        <source>Email text</source>
        <translation>Texto do e-mail</translation>
    </message>
    <message>
        <source>Length of the email</source>
        <translation>Tamanho do e-mail</translation>
    </message>
    <message>
        <source>&amp;Summarize</source>
        <translation>&amp;Resumir</translation>
    </message>
    <message>
        <source>Summarize the email and list its action items (Ctrl+Enter)</source>
        <translation>Resumir o e-mail e listar os itens de ação (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>S&amp;horter</source>
        <translation>Mais &amp;curto</translation>
    </message>
    <message>
        <source>&amp;Friendlier</source>
        <translation>Mais &amp;amigável</translation>
    </message>
    <message>
        <source>More f&amp;ormal</source>
        <translation>Mais f&amp;ormal</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Stop the model</source>
        <translation>Parar o modelo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabalhando</translation>
    </message>
    <message>
        <source>Email panel message</source>
        <translation>Mensagem do painel de e-mail</translation>
    </message>
    <message>
        <source>Rewrite:</source>
        <translation>Reescrever:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>The summary and the email&apos;s action items appear here.</source>
        <translation>O resumo e os itens de ação do e-mail aparecem aqui.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action items&lt;/b&gt;</source>
        <translation>&lt;b&gt;Itens de ação&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rewritten text</source>
        <translation>Texto reescrito</translation>
    </message>
    <message>
        <source>Rewritten text appears here.</source>
        <translation>O texto reescrito aparece aqui.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the rewritten text</source>
        <translation>Copiar o texto reescrito</translation>
    </message>
    <message>
        <source>&amp;Replace text</source>
        <translation>&amp;Substituir texto</translation>
    </message>
    <message>
        <source>Put the rewritten text into the email box (Ctrl+Z there takes it back)</source>
        <translation>Colocar o texto reescrito na caixa do e-mail (Ctrl+Z ali desfaz)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Reescrever</translation>
    </message>
    <message>
        <source>Rewrite the email about half as long</source>
        <translation>Reescrever o e-mail com cerca de metade do tamanho</translation>
    </message>
    <message>
        <source>Rewrite the email in a warmer tone</source>
        <translation>Reescrever o e-mail num tom mais caloroso</translation>
    </message>
    <message>
        <source>Rewrite the email in a formal business tone</source>
        <translation>Reescrever o e-mail num tom formal de negócios</translation>
    </message>
    <message>
        <source>The model is still loading; summaries and rewrites work once it is ready.</source>
        <translation>O modelo ainda está carregando; resumos e reescritas funcionam quando ele estiver pronto.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>Não foi possível carregar o modelo: %1</translation>
    </message>
    <message>
        <source>No model is loaded, so emails cannot be summarized or rewritten yet.</source>
        <translation>Nenhum modelo carregado, então ainda não é possível resumir nem reescrever e-mails.</translation>
    </message>
    <message>
        <source>Reading the email…</source>
        <translation>Lendo o e-mail…</translation>
    </message>
    <message>
        <source>Summarizing…</source>
        <translation>Resumindo…</translation>
    </message>
    <message>
        <source>Rewriting…</source>
        <translation>Reescrevendo…</translation>
    </message>
    <message>
        <source>Wait for the model to finish, or press Stop.</source>
        <translation>Espere o modelo terminar ou pressione Parar.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>The rewritten text is on the clipboard.</source>
        <translation>O texto reescrito está na área de transferência.</translation>
    </message>
    <message>
        <source>There is no text to work on. Paste an email first.</source>
        <translation>Não há texto para trabalhar. Cole um e-mail primeiro.</translation>
    </message>
    <message>
        <source>The text is %1 characters long; the limit is %2. Shorten it first.</source>
        <translation>O texto tem %1 caracteres; o limite é %2. Encurte-o primeiro.</translation>
    </message>
    <message>
        <source>Stopped. The text so far is kept.</source>
        <translation>Interrompido. O texto obtido até agora é mantido.</translation>
    </message>
    <message>
        <source>Done. Copy the text, or replace the email with it.</source>
        <translation>Pronto. Copie o texto ou substitua o e-mail por ele.</translation>
    </message>
    <message>
        <source>The email asks for nothing; no action items.</source>
        <translation>O e-mail não pede nada; nenhum item de ação.</translation>
    </message>
    <message>
        <source>One action item found. Add it if you want it.</source>
        <translation>Um item de ação encontrado. Adicione-o se quiser.</translation>
    </message>
    <message>
        <source>%1 action items found. Add the ones you want.</source>
        <translation>%1 itens de ação encontrados. Adicione os que quiser.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompido.</translation>
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
        <translation>Apagar tudo?</translation>
    </message>
    <message>
        <source>This deletes every to-do, event, note and conversation, and the undo history. It cannot be undone. Export everything first if you may want it back.

Type %1 to confirm.</source>
        <translation>Isto exclui todas as tarefas, eventos, notas e conversas, e o histórico de desfazer. Não pode ser desfeito. Exporte tudo antes se puder querer de volta.

Digite %1 para confirmar.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Digite %1 para confirmar</translation>
    </message>
    <message>
        <source>&amp;Erase everything</source>
        <translation>Apagar &amp;tudo</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Novo evento</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>Edit this occurrence</source>
        <translation>Editar esta ocorrência</translation>
    </message>
    <message>
        <source>Edit all events in the series</source>
        <translation>Editar todos os eventos da série</translation>
    </message>
    <message>
        <source>e.g. Dentist</source>
        <translation>ex.: Dentista</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>Dia &amp;inteiro</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de fim</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de início</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fim</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>No início</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fim:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>Le&amp;mbrete:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ca&amp;lendário:</translation>
    </message>
    <message>
        <source>Only this occurrence changes; the series keeps its rule.</source>
        <translation>Só esta ocorrência muda; a série mantém sua regra.</translation>
    </message>
    <message>
        <source>Event from %1 (read-only)</source>
        <translation>Evento de %1 (somente leitura)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>This event comes from the subscription %1, which is read-only: it cannot be changed or deleted here.</source>
        <translation>Este evento vem da assinatura %1, que é somente leitura: não pode ser alterado nem excluído aqui.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Somente leitura</translation>
    </message>
    <message>
        <source>Only the whole series can become all-day: edit all events instead.</source>
        <translation>Só a série inteira pode virar dia inteiro: edite todos os eventos.</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Dê um título ao evento.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>O fim é antes do início.</translation>
    </message>
    <message>
        <source>(%1 day(s))</source>
        <translation>(%1 dia(s))</translation>
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
        <translation>Desfazer</translation>
    </message>
</context>
<context>
    <name>HitList</name>
    <message>
        <source>To-do</source>
        <translation>Tarefa</translation>
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
        <translation>Adicionar</translation>
    </message>
</context>
<context>
    <name>MacNotifier</name>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
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
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visões</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>Estado do modelo</translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation>Progresso do carregamento do modelo</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>Onde o modelo roda</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Import calendar (.ics)…</source>
        <translation>&amp;Importar calendário (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Export calendar (.ics)…</source>
        <translation>&amp;Exportar calendário (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfigurações…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Contas…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Fechar janela</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Pesquisar em tudo…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>New &amp;conversation</source>
        <translation>Nova &amp;conversa</translation>
    </message>
    <message>
        <source>New &amp;to-do</source>
        <translation>Nova &amp;tarefa</translation>
    </message>
    <message>
        <source>New &amp;event</source>
        <translation>Novo &amp;evento</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Nova &amp;nota</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Ask the &amp;assistant</source>
        <translation>Perguntar ao &amp;assistente</translation>
    </message>
    <message>
        <source>&amp;Stop generating</source>
        <translation>&amp;Parar a geração</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <source>Preparing the assistant (first time only): %1 %</source>
        <translation>Preparando o assistente (só na primeira vez): %1 %</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>verificando o arquivo</translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation>lendo o arquivo</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>carregando</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>carregado</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>Loading %1: %2</source>
        <translation>Carregando %1: %2</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>Não foi possível carregar o modelo: %1</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Nenhum modelo carregado</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Em %1</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Neste computador</translation>
    </message>
    <message>
        <source>The model runs on the server %1: what you type is sent there.</source>
        <translation>O modelo roda no servidor %1: o que você digita é enviado para lá.</translation>
    </message>
    <message>
        <source>The model runs on this computer: nothing you type leaves it.</source>
        <translation>O modelo roda neste computador: nada do que você digita sai dele.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importar calendário</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical);;All files (*)</source>
        <translation>Arquivos de calendário (*.ics *.ical);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>New line in a message</source>
        <translation>Nova linha numa mensagem</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assistant %1&lt;/p&gt;&lt;p&gt;To-dos, calendar and notes with a language model that runs on this computer. Your data stays on this device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Assistant %1&lt;/p&gt;&lt;p&gt;Tarefas, calendário e notas com um modelo de linguagem que roda neste computador. Seus dados ficam neste dispositivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;MIT License. &lt;a href=&quot;%1&quot;&gt;Third-party licences&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licença MIT. &lt;a href=&quot;%1&quot;&gt;Licenças de terceiros&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Assistant</source>
        <translation>Sobre o Assistant</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dispensar mensagem</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Ask or tell the assistant something… (Enter sends, Shift+Enter: new line)</source>
        <translation>Pergunte ou diga algo ao assistente… (Enter envia, Shift+Enter: nova linha)</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Dias do mês</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mês anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mês seguinte</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Escolher o mês</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Escolher o ano</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
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
        <translation>Título da nota</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por vírgulas</translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>Etiquetas da nota</translation>
    </message>
    <message>
        <source>Tags, separated by commas, e.g. work, ideas</source>
        <translation>Etiquetas, separadas por vírgulas, ex.: trabalho, ideias</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list</source>
        <translation>Escreva em Markdown: # título, **negrito**, - lista</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto da nota</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>The formatted note appears here.</source>
        <translation>A nota formatada aparece aqui.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado do salvamento</translation>
    </message>
    <message>
        <source>Show or hide the formatted preview (Ctrl+P)</source>
        <translation>Mostrar ou ocultar a pré-visualização formatada (Ctrl+P)</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Mostrar pré-visualização</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>Excluir esta nota</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Excluir nota</translation>
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
        <translation>Sem título</translation>
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
        <translation>Pesquisar notas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>New note (Ctrl+N)</source>
        <translation>Nova nota (Ctrl+N)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nova nota</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas as etiquetas</translation>
    </message>
    <message>
        <source>Notes list</source>
        <translation>Lista de notas</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Excluir nota</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Notas encontradas</translation>
    </message>
    <message>
        <source>Pick a note on the left, or press Ctrl+N to write a new one.</source>
        <translation>Escolha uma nota à esquerda ou pressione Ctrl+N para escrever uma nova.</translation>
    </message>
    <message>
        <source>Delete the note “%1”? You can bring it back with Undo.</source>
        <translation>Excluir a nota “%1”? Você pode recuperá-la com Desfazer.</translation>
    </message>
    <message>
        <source>Could not delete the note</source>
        <translation>Não foi possível excluir a nota</translation>
    </message>
    <message>
        <source>No notes match.</source>
        <translation>Nenhuma nota corresponde.</translation>
    </message>
    <message>
        <source>No notes yet. Press Ctrl+N to write one.</source>
        <translation>Ainda não há notas. Pressione Ctrl+N para escrever uma.</translation>
    </message>
    <message>
        <source>Showing the %1 best matches.</source>
        <translation>Mostrando os %1 melhores resultados.</translation>
    </message>
    <message>
        <source>Showing the %1 most recent notes; search to find older ones.</source>
        <translation>Mostrando as %1 notas mais recentes; pesquise para encontrar as mais antigas.</translation>
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
        <translation>Frase-senha</translation>
    </message>
    <message>
        <source>A passphrase you choose opens your data where the keychain cannot, like the recovery key. It is kept next to your data, so choose a long one (at least %1 characters) that you use nowhere else.</source>
        <translation>Uma frase-senha escolhida por você abre seus dados onde o chaveiro não consegue, como a chave de recuperação. Ela fica guardada junto aos seus dados, então escolha uma longa (pelo menos %1 caracteres) que você não use em nenhum outro lugar.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase-senha</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>A mesma de novo</translation>
    </message>
    <message>
        <source>Passphrase error</source>
        <translation>Erro da frase-senha</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Definir a frase-senha</translation>
    </message>
    <message>
        <source>&amp;Remove passphrase</source>
        <translation>&amp;Remover a frase-senha</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>As duas frases-senha são diferentes; digite-as de novo.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Uma frase-senha precisa de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Passphrase set: it opens your data too.</source>
        <translation>Frase-senha definida: ela também abre seus dados.</translation>
    </message>
    <message>
        <source>Passphrase removed: the recovery key still opens your data.</source>
        <translation>Frase-senha removida: a chave de recuperação continua abrindo seus dados.</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <source>That to-do no longer exists.</source>
        <translation>Essa tarefa não existe mais.</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Essa nota não existe mais.</translation>
    </message>
    <message>
        <source>That event no longer exists.</source>
        <translation>Esse evento não existe mais.</translation>
    </message>
    <message>
        <source>That change is no longer in the history.</source>
        <translation>Essa alteração não está mais no histórico.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>&amp;Encrypt my data</source>
        <translation>&amp;Criptografar meus dados</translation>
    </message>
    <message>
        <source>Encrypt the database on this computer with a key kept in the keychain.</source>
        <translation>Criptografar o banco de dados neste computador com uma chave guardada no chaveiro.</translation>
    </message>
    <message>
        <source>Encrypts your to-dos, events, notes and conversations on disk (SQLCipher), so a lost or shared disk does not give them away. The key is kept in the system keychain; a recovery key, shown once, opens your data where the keychain cannot.</source>
        <translation>Criptografa suas tarefas, eventos, notas e conversas no disco (SQLCipher), para que um disco perdido ou compartilhado não os revele. A chave fica no chaveiro do sistema; uma chave de recuperação, mostrada uma única vez, abre seus dados onde o chaveiro não consegue.</translation>
    </message>
    <message>
        <source>Encryption status</source>
        <translation>Estado da criptografia</translation>
    </message>
    <message>
        <source>C&amp;hange key…</source>
        <translation>&amp;Trocar a chave…</translation>
    </message>
    <message>
        <source>Re-encrypt your data with a new key and show its new recovery key.</source>
        <translation>Criptografar seus dados de novo com uma nova chave e mostrar a nova chave de recuperação.</translation>
    </message>
    <message>
        <source>&amp;Passphrase…</source>
        <translation>&amp;Frase-senha…</translation>
    </message>
    <message>
        <source>Choose a passphrase that opens your data too, where the keychain cannot.</source>
        <translation>Escolha uma frase-senha que também abra seus dados onde o chaveiro não consegue.</translation>
    </message>
    <message>
        <source>Converting the database</source>
        <translation>Convertendo o banco de dados</translation>
    </message>
    <message>
        <source>Your data is encrypted.</source>
        <translation>Seus dados estão criptografados.</translation>
    </message>
    <message>
        <source>Encryption is not available: %1.</source>
        <translation>A criptografia não está disponível: %1.</translation>
    </message>
    <message>
        <source>Your data is not encrypted.</source>
        <translation>Seus dados não estão criptografados.</translation>
    </message>
    <message>
        <source>Turn encryption off?</source>
        <translation>Desativar a criptografia?</translation>
    </message>
    <message>
        <source>Your data will be stored unencrypted on this computer from now on.</source>
        <translation>A partir de agora seus dados serão guardados sem criptografia neste computador.</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>Your data will be encrypted again with a new key. Once it is, the old recovery key no longer opens your data; this new one does. It is shown only now: save it in a password manager or write it down.</source>
        <translation>Seus dados serão criptografados de novo com uma nova chave. Depois disso, a chave de recuperação antiga não abre mais seus dados; esta nova abre. Ela é mostrada só agora: guarde-a num gerenciador de senhas ou anote-a.</translation>
    </message>
    <message>
        <source>C&amp;hange the key</source>
        <translation>&amp;Trocar a chave</translation>
    </message>
    <message>
        <source>Changing the key… (the app waits meanwhile)</source>
        <translation>Trocando a chave… (o app aguarda enquanto isso)</translation>
    </message>
    <message>
        <source>Converting the database… (the app waits meanwhile)</source>
        <translation>Convertendo o banco de dados… (o app aguarda enquanto isso)</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>Action items</source>
        <translation>Itens de ação</translation>
    </message>
    <message>
        <source>Add all</source>
        <translation>Adicionar tudo</translation>
    </message>
    <message>
        <source>Add all action items</source>
        <translation>Adicionar todos os itens de ação</translation>
    </message>
    <message>
        <source>Result of adding</source>
        <translation>Resultado da adição</translation>
    </message>
    <message>
        <source>Removed “%1” again.</source>
        <translation>“%1” removido de novo.</translation>
    </message>
</context>
<context>
    <name>QuickAddBox</name>
    <message>
        <source>New to-do</source>
        <translation>Nova tarefa</translation>
    </message>
    <message>
        <source>Add a to-do, e.g. “call mom friday 5pm !high #family”</source>
        <translation>Adicione uma tarefa, ex.: “ligar para a mãe sexta 17h !high #família”</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add to-do</source>
        <translation>Adicionar tarefa</translation>
    </message>
    <message>
        <source>What will be added</source>
        <translation>O que será adicionado</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>The calendar the new to-do goes to</source>
        <translation>O calendário para onde vai a nova tarefa</translation>
    </message>
    <message>
        <source>Put a date at the start or end; !high or !low sets the priority, #word a tag.</source>
        <translation>Coloque uma data no início ou no fim; !high ou !low define a prioridade, #palavra uma etiqueta.</translation>
    </message>
    <message>
        <source>Write what needs doing, not only when.</source>
        <translation>Escreva o que precisa ser feito, não só quando.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>prazo %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sem prazo</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>prioridade alta</translation>
    </message>
    <message>
        <source>low priority</source>
        <translation>prioridade baixa</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Open the quick-entry window</source>
        <translation>Abrir a janela de entrada rápida</translation>
    </message>
    <message>
        <source>The shortcut %1 could not be set: the system refused it (another app may be using it, or the key cannot be used). Try another one, such as Ctrl+Shift+Space.</source>
        <translation>Não foi possível definir o atalho %1: o sistema o recusou (outro aplicativo pode estar usando-o, ou a tecla não pode ser usada). Tente outro, como Ctrl+Shift+Space.</translation>
    </message>
    <message>
        <source>The shortcut %1 could not be set: this desktop offers no global shortcuts, or the request was declined. You can bind “assistant --quick-add” in your desktop&apos;s keyboard settings instead.</source>
        <translation>Não foi possível definir o atalho %1: este ambiente de trabalho não oferece atalhos globais, ou o pedido foi recusado. Em vez disso, associe “assistant --quick-add” a uma tecla nas definições de teclado do seu ambiente de trabalho.</translation>
    </message>
</context>
<context>
    <name>QuickEntryChips</name>
    <message>
        <source>Due: %1</source>
        <translation>Prazo: %1</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Prioridade alta</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Prioridade baixa</translation>
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
        <translation>Nova tarefa</translation>
    </message>
    <message>
        <source>call mom friday 5pm !high #family</source>
        <translation>ligar para a mãe sexta 17h !high #família</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Save to-do</source>
        <translation>Guardar tarefa</translation>
    </message>
    <message>
        <source>Enter: save the to-do</source>
        <translation>Enter: guardar a tarefa</translation>
    </message>
    <message>
        <source>Ask the assistant</source>
        <translation>Perguntar ao assistente</translation>
    </message>
    <message>
        <source>Ctrl+Enter: send the text to the chat instead</source>
        <translation>Ctrl+Enter: enviar o texto para o chat</translation>
    </message>
    <message>
        <source>A date at the start or end; !high or !low, #tags.</source>
        <translation>Uma data no início ou no fim; !high ou !low, #etiquetas.</translation>
    </message>
    <message>
        <source>Write what needs doing, not only when.</source>
        <translation>Escreva o que é preciso fazer, não só quando.</translation>
    </message>
    <message>
        <source>Type a to-do first, e.g. “call mom friday 5pm”.</source>
        <translation>Escreva primeiro uma tarefa, ex.: “ligar para a mãe sexta 17h”.</translation>
    </message>
    <message>
        <source>Type what to ask first.</source>
        <translation>Escreva primeiro o que quer perguntar.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Save your recovery key</source>
        <translation>Guarde sua chave de recuperação</translation>
    </message>
    <message>
        <source>Your data will be encrypted with a key kept in the system keychain. Where the keychain cannot give it (another desktop session, a new computer), only this recovery key opens your data. It is shown only now: save it in a password manager or write it down.</source>
        <translation>Seus dados serão criptografados com uma chave guardada no chaveiro do sistema. Onde o chaveiro não puder fornecê-la (outra sessão da área de trabalho, um computador novo), só esta chave de recuperação abre seus dados. Ela é mostrada só agora: guarde-a num gerenciador de senhas ou anote-a.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>I have saved my recovery key somewhere safe</source>
        <translation>Guardei minha chave de recuperação num lugar seguro</translation>
    </message>
    <message>
        <source>&amp;Encrypt my data</source>
        <translation>&amp;Criptografar meus dados</translation>
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
        <translation>Não se repete</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diariamente</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanalmente</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensalmente</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Anualmente</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)</source>
        <translation>Regra personalizada (RRULE)</translation>
    </message>
    <message>
        <source>every </source>
        <translation>a cada </translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>Intervalo de repetição</translation>
    </message>
    <message>
        <source>Repetition ends</source>
        <translation>Fim da repetição</translation>
    </message>
    <message>
        <source>Never ends</source>
        <translation>Nunca termina</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina em</translation>
    </message>
    <message>
        <source>Ends after</source>
        <translation>Termina após</translation>
    </message>
    <message>
        <source>Last day of the repetition</source>
        <translation>Último dia da repetição</translation>
    </message>
    <message>
        <source> times</source>
        <translation> vezes</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Número de vezes</translation>
    </message>
    <message>
        <source>Custom repeat rule</source>
        <translation>Regra de repetição personalizada</translation>
    </message>
    <message>
        <source>An iCalendar RRULE, e.g. FREQ=MONTHLY;BYDAY=2TU</source>
        <translation>Uma RRULE do iCalendar, ex.: FREQ=MONTHLY;BYDAY=2TU</translation>
    </message>
    <message>
        <source>Repeat summary</source>
        <translation>Resumo da repetição</translation>
    </message>
    <message>
        <source>Enter a repeat rule, e.g. FREQ=MONTHLY;BYDAY=2TU.</source>
        <translation>Digite uma regra de repetição, ex.: FREQ=MONTHLY;BYDAY=2TU.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Escolha pelo menos um dia da semana.</translation>
    </message>
    <message>
        <source>The repetition cannot end before the event starts.</source>
        <translation>A repetição não pode terminar antes do início do evento.</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>dia(s)</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>semana(s)</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>mês(es)</translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation>ano(s)</translation>
    </message>
    <message>
        <source>Repeats %1.</source>
        <translation>Repete %1.</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Adiado até %1.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Dispensado.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Desfeito.</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>amanhã %1</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
</context>
<context>
    <name>ReminderChoice</name>
    <message>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Sem lembrete</translation>
    </message>
    <message>
        <source>%1 day(s) before</source>
        <translation>%1 dia(s) antes</translation>
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
        <translation>Adiar 5 min</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Adiar 1 hora</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Amanhã</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Check or change it before adding</source>
        <translation>Conferir ou alterar antes de adicionar</translation>
    </message>
    <message>
        <source>Added ✓</source>
        <translation>Adicionado ✓</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Adicionar “%1”</translation>
    </message>
    <message>
        <source>Edit “%1” before adding</source>
        <translation>Editar “%1” antes de adicionar</translation>
    </message>
    <message>
        <source>Undo adding “%1”</source>
        <translation>Desfazer a adição de “%1”</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Adicionando…</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>Mark as not done</source>
        <translation>Marcar como não concluída</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como concluída</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Reminder…</source>
        <translation>Lembrete…</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Editar título</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Alterar prazo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search everything</source>
        <translation>Pesquisar em tudo</translation>
    </message>
    <message>
        <source>Search to-dos, events and notes</source>
        <translation>Pesquisar tarefas, eventos e notas</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado da pesquisa</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>A pesquisa falhou: %1</translation>
    </message>
    <message>
        <source>Type to search to-dos, events and notes.</source>
        <translation>Digite para pesquisar tarefas, eventos e notas.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Nada corresponde.</translation>
    </message>
    <message>
        <source>1 match. Enter opens it.</source>
        <translation>1 resultado. Enter o abre.</translation>
    </message>
    <message>
        <source>%1 matches. Enter opens the selected one.</source>
        <translation>%1 resultados. Enter abre o selecionado.</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <source>On this &amp;computer</source>
        <translation>Neste &amp;computador</translation>
    </message>
    <message>
        <source>On a ser&amp;ver</source>
        <translation>Num ser&amp;vidor</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>Modelo no servidor</translation>
    </message>
    <message>
        <source>&amp;List models</source>
        <translation>&amp;Listar modelos</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>If the server cannot be used at start, run the model on this computer</source>
        <translation>Se o servidor não puder ser usado ao iniciar, rodar o modelo neste computador</translation>
    </message>
    <message>
        <source>Off: a server that is down is reported and nothing else happens. On: the model chosen for this computer loads instead, and the status bar says so.</source>
        <translation>Desligado: um servidor fora do ar é informado e nada mais acontece. Ligado: o modelo escolhido para este computador é carregado no lugar, e a barra de status avisa.</translation>
    </message>
    <message>
        <source>Your to-dos, events and notes stay here; what you type, and what the assistant reads to answer, goes to the server. See docs/remote.md.</source>
        <translation>Suas tarefas, eventos e notas ficam aqui; o que você digita, e o que o assistente lê para responder, vai para o servidor. Veja docs/remote.md.</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Estado do servidor</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;have de API:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>salva</translation>
    </message>
    <message>
        <source>unchanged if left empty</source>
        <translation>inalterada se ficar vazia</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message numerus="yes">
        <source>The server has %n model(s).</source>
        <translation>
            <numerusform>O servidor tem %n modelo.</numerusform>
            <numerusform>O servidor tem %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send your words to this server?</source>
        <translation>Enviar o que você digita para este servidor?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Geral</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Dados</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacidade</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Contas</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Erro nas configurações</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Modelo em uso</translation>
    </message>
    <message>
        <source>Do&amp;wnload a model…</source>
        <translation>&amp;Baixar um modelo…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Escolher um &amp;arquivo…</translation>
    </message>
    <message>
        <source>Automatic (%1 cores)</source>
        <translation>Automático (%1 núcleos)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Todas as camadas</translation>
    </message>
    <message>
        <source>Some layers</source>
        <translation>Algumas camadas</translation>
    </message>
    <message>
        <source>GPU offload</source>
        <translation>Descarregamento na GPU</translation>
    </message>
    <message>
        <source> layers</source>
        <translation> camadas</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Camadas na GPU</translation>
    </message>
    <message>
        <source>Checking whether this build can use a GPU…</source>
        <translation>Verificando se esta versão pode usar uma GPU…</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>Tamanho do contexto</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Roda:</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Em uso:</translation>
    </message>
    <message>
        <source>&amp;Installed:</source>
        <translation>&amp;Instalados:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>GP&amp;U offload:</source>
        <translation>Descarregamento na GP&amp;U:</translation>
    </message>
    <message>
        <source>&amp;Context size:</source>
        <translation>Tamanho do &amp;contexto:</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
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
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes on the next start</source>
        <translation>O idioma da janela; muda na próxima vez que o app iniciar</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Continuar rodando na bandeja quando a janela for fechada</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Continuar rodando na bandeja</translation>
    </message>
    <message>
        <source>Ask &amp;before changes</source>
        <translation>Perguntar &amp;antes de alterações</translation>
    </message>
    <message>
        <source>The assistant&apos;s changes wait for your approval</source>
        <translation>As alterações do assistente esperam sua aprovação</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Quick entry shortcut</source>
        <translation>Atalho da entrada rápida</translation>
    </message>
    <message>
        <source>Opens the quick-entry window from any app, where the system allows it; a new one takes effect when you save. Elsewhere, bind “assistant --quick-add” in your desktop&apos;s keyboard settings.</source>
        <translation>Abre a janela de entrada rápida a partir de qualquer aplicação, onde o sistema o permite; um novo atalho vale ao salvar. Noutros casos, associe “assistant --quick-add” a uma tecla nas definições de teclado do seu ambiente de trabalho.</translation>
    </message>
    <message>
        <source>Quick entry shortcut problem</source>
        <translation>Problema do atalho da entrada rápida</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuso &amp;horário:</translation>
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
        <translation>Atalho da entrada &amp;rápida:</translation>
    </message>
    <message>
        <source>This build of llama.cpp has no GPU support; the model runs on the CPU.</source>
        <translation>Esta versão do llama.cpp não tem suporte a GPU; o modelo roda na CPU.</translation>
    </message>
    <message>
        <source>Write the shortcut as keys joined by +, e.g. Ctrl+Shift+Space.</source>
        <translation>Escreva o atalho como teclas unidas por +, ex.: Ctrl+Shift+Space.</translation>
    </message>
    <message>
        <source>No downloaded models yet</source>
        <translation>Ainda não há modelos baixados</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Ainda sem modelo</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>%1 (after Save)</source>
        <translation>%1 (após Salvar)</translation>
    </message>
    <message>
        <source>Select a downloaded model to remove.</source>
        <translation>Selecione um modelo baixado para remover.</translation>
    </message>
    <message>
        <source>Delete %1 from this computer?</source>
        <translation>Excluir %1 deste computador?</translation>
    </message>
    <message>
        <source>It is the model in use; the assistant stops until you pick another.</source>
        <translation>É o modelo em uso; o assistente para até você escolher outro.</translation>
    </message>
    <message>
        <source>Remove model?</source>
        <translation>Remover o modelo?</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
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
        <translation>faltam %1</translation>
    </message>
    <message>
        <source>Set up the assistant</source>
        <translation>Configurar o assistente</translation>
    </message>
    <message>
        <source>The assistant needs a language model. It runs on this computer: nothing you type leaves it. The download happens once.</source>
        <translation>O assistente precisa de um modelo de linguagem. Ele roda neste computador: nada do que você digita sai dele. O download acontece uma vez.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>Modelo a baixar</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>Detalhes do modelo</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Espaço livre em disco</translation>
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
        <translation>Progresso do download</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Estado do download</translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation>hf_…</translation>
    </message>
    <message>
        <source>Hugging Face access token</source>
        <translation>Token de acesso do Hugging Face</translation>
    </message>
    <message>
        <source>Save token and &amp;retry</source>
        <translation>Salvar token e &amp;tentar de novo</translation>
    </message>
    <message>
        <source>Save token and retry</source>
        <translation>Salvar token e tentar de novo</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Use a GGUF &amp;file on disk…</source>
        <translation>Usar um &amp;arquivo GGUF do disco…</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>&amp;Cancelar download</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Agora não</translation>
    </message>
    <message>
        <source>Use a GGUF file on disk</source>
        <translation>Usar um arquivo GGUF do disco</translation>
    </message>
    <message>
        <source>%1 suits most computers.</source>
        <translation>%1 serve para a maioria dos computadores.</translation>
    </message>
    <message>
        <source>You have %1 of memory; %2 fits well.</source>
        <translation>Você tem %1 de memória; %2 cabe bem.</translation>
    </message>
    <message>
        <source>%1 Needs about %2 of memory. Licence: %3.</source>
        <translation>%1 Precisa de cerca de %2 de memória. Licença: %3.</translation>
    </message>
    <message>
        <source>This computer has less, so it may be slow.</source>
        <translation>Este computador tem menos, então pode ficar lento.</translation>
    </message>
    <message>
        <source>%1 free in %2</source>
        <translation>%1 livres em %2</translation>
    </message>
    <message>
        <source>not enough for this model; free some space first.</source>
        <translation>não é suficiente para este modelo; libere espaço primeiro.</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>&amp;Usar este modelo</translation>
    </message>
    <message>
        <source>Already downloaded.</source>
        <translation>Já baixado.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>%1 of %2 was downloaded earlier; resume to finish it.</source>
        <translation>%1 de %2 já foram baixados; retome para terminar.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Baixando %1…</translation>
    </message>
    <message>
        <source>Resuming %1…</source>
        <translation>Retomando %1…</translation>
    </message>
    <message>
        <source>Cancel the download?</source>
        <translation>Cancelar o download?</translation>
    </message>
    <message>
        <source>The part downloaded so far will be deleted.</source>
        <translation>A parte baixada até agora será apagada.</translation>
    </message>
    <message>
        <source>Downloaded and checked %1.</source>
        <translation>%1 baixado e verificado.</translation>
    </message>
    <message>
        <source>Paused. Resume continues where it stopped.</source>
        <translation>Pausado. Retomar continua de onde parou.</translation>
    </message>
    <message>
        <source>Download cancelled; the partial file was deleted.</source>
        <translation>Download cancelado; o arquivo parcial foi apagado.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Paste an access token first.</source>
        <translation>Cole um token de acesso primeiro.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Choose a GGUF model file</source>
        <translation>Escolher um arquivo de modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos os arquivos (*)</translation>
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
        <translation>Local:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>Database status</source>
        <translation>Estado do banco de dados</translation>
    </message>
    <message>
        <source>Back up and &amp;recover…</source>
        <translation>Fazer backup e &amp;recuperar…</translation>
    </message>
    <message>
        <source>Keep the damaged file as a backup and rebuild it from what can be read.</source>
        <translation>Manter o arquivo danificado como backup e reconstruí-lo com o que puder ser lido.</translation>
    </message>
    <message>
        <source>The database is damaged (%1), so changes are off: you can still read your data. Back it up and recover what can be read?</source>
        <translation>O banco de dados está danificado (%1), por isso as alterações estão desativadas: você ainda pode ler seus dados. Fazer backup e recuperar o que puder ser lido?</translation>
    </message>
    <message>
        <source>Recover the database?</source>
        <translation>Recuperar o banco de dados?</translation>
    </message>
    <message>
        <source>The damaged file is kept next to the new one as a backup, unchanged. Every row that can still be read is copied into a fresh database; what cannot be read is missing from it.</source>
        <translation>O arquivo danificado é mantido, sem alterações, ao lado do novo como backup. Cada linha que ainda puder ser lida é copiada para um banco de dados novo; o que não puder ser lido ficará de fora.</translation>
    </message>
    <message>
        <source>Back up and recover</source>
        <translation>Fazer backup e recuperar</translation>
    </message>
    <message>
        <source>Backing up and recovering…</source>
        <translation>Fazendo backup e recuperando…</translation>
    </message>
    <message>
        <source>Recovery failed: %1</source>
        <translation>A recuperação falhou: %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>&lt;b&gt;Subscriptions&lt;/b&gt; (read-only calendars by address)</source>
        <translation>&lt;b&gt;Assinaturas&lt;/b&gt; (calendários somente leitura por endereço)</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Assinaturas</translation>
    </message>
    <message>
        <source>Subscription name</source>
        <translation>Nome da assinatura</translation>
    </message>
    <message>
        <source>e.g. Holidays</source>
        <translation>ex.: Feriados</translation>
    </message>
    <message>
        <source>Subscription address</source>
        <translation>Endereço da assinatura</translation>
    </message>
    <message>
        <source>webcal://… or https://….ics</source>
        <translation>webcal://… ou https://….ics</translation>
    </message>
    <message>
        <source>Su&amp;bscribe</source>
        <translation>Assi&amp;nar</translation>
    </message>
    <message>
        <source>Remove s&amp;ubscription</source>
        <translation>Remover ass&amp;inatura</translation>
    </message>
    <message>
        <source>Subscriptions status</source>
        <translation>Estado das assinaturas</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Endereço:</translation>
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
        <translation>Buscando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Removed the subscription %1 and its %n event(s).</source>
        <translation>
            <numerusform>A assinatura %1 e seu %n evento foram removidos.</numerusform>
            <numerusform>A assinatura %1 e seus %n eventos foram removidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync warning</source>
        <translation>Aviso de sincronização</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado da sincronização</translation>
    </message>
    <message>
        <source>Items changed here and on the server: choose which to keep</source>
        <translation>Itens alterados aqui e no servidor: escolha quais manter</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflito a resolver</numerusform>
            <numerusform>%n conflitos a resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Syncing with the calendar servers</source>
        <translation>Sincronizando com os servidores de calendário</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>A sincronização falhou</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>Sync now: F5</source>
        <translation>Sincronizar agora: F5</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>Last sync: %1 %2</source>
        <translation>Última sincronização: %1 %2</translation>
    </message>
</context>
<context>
    <name>TaskLists</name>
    <message>
        <source>Local calendar</source>
        <translation>Calendário local</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>O computador ficou sem memória.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Details are in the log.</source>
        <translation>Algo deu errado (%1). Os detalhes estão no log.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>e.g. 3pm or 15:00</source>
        <translation>ex.: 3pm ou 15:00</translation>
    </message>
    <message>
        <source>A time, e.g. &quot;3pm&quot;, &quot;15:00&quot;, &quot;15h&quot; or &quot;noon&quot;; Up/Down step.</source>
        <translation>Um horário, ex.: “3pm”, “15:00”, “15h” ou “noon”; Cima/Baixo ajustam.</translation>
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
        <translation>Eventos de dia inteiro</translation>
    </message>
</context>
<context>
    <name>TodoDialog</name>
    <message>
        <source>New to-do</source>
        <translation>Nova tarefa</translation>
    </message>
    <message>
        <source>Edit to-do</source>
        <translation>Editar tarefa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>O que precisa ser feito</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Prazo</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Tem prazo</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data do prazo</translation>
    </message>
    <message>
        <source>a&amp;t</source>
        <translation>à&amp;s</translation>
    </message>
    <message>
        <source>Due at a time of day</source>
        <translation>Prazo num horário do dia</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Hora do prazo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
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
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por vírgulas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>Na hora do prazo</translation>
    </message>
    <message>
        <source>When the reminder goes off</source>
        <translation>Quando o lembrete dispara</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Prazo:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>P&amp;rioridade:</translation>
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
        <translation>Le&amp;mbrete:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ca&amp;lendário:</translation>
    </message>
    <message>
        <source>Give the to-do a title.</source>
        <translation>Dê um título à tarefa.</translation>
    </message>
    <message>
        <source>A reminder goes off only once the to-do has a due date.</source>
        <translation>Um lembrete só dispara quando a tarefa tem prazo.</translation>
    </message>
    <message>
        <source>Reminder: %1.</source>
        <translation>Lembrete: %1.</translation>
    </message>
    <message>
        <source>Without a time, it counts from %1 on the due day.</source>
        <translation>Sem horário, conta a partir das %1 do dia do prazo.</translation>
    </message>
    <message>
        <source>That time has passed, so it will not go off.</source>
        <translation>Esse horário já passou, então ele não vai disparar.</translation>
    </message>
</context>
<context>
    <name>TodoFormat</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Amanhã</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sem prazo</translation>
    </message>
</context>
<context>
    <name>TodoTableModel</name>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
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
        <translation>Há um lembrete, mas ele só dispara quando houver prazo.</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Lembrete: %1</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Não concluída</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Atrasada: %1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Calendário: %1</translation>
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
        <translation>Abertas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Search to-dos</source>
        <translation>Pesquisar tarefas</translation>
    </message>
    <message>
        <source>Search, or #tag</source>
        <translation>Pesquisar, ou #etiqueta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete selected to-dos</source>
        <translation>Excluir as tarefas selecionadas</translation>
    </message>
    <message>
        <source>Delete the selected to-dos (Delete)</source>
        <translation>Excluir as tarefas selecionadas (Delete)</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>O que precisa ser feito</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data do prazo</translation>
    </message>
    <message>
        <source>e.g. tomorrow 9am, friday, 2026-12-24; empty for none</source>
        <translation>ex.: amanhã 9h, sexta, 2026-12-24; vazio para nenhum</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
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
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por vírgulas</translation>
    </message>
    <message>
        <source>Added “%1”; the current filter hides it.</source>
        <translation>“%1” adicionada; o filtro atual a oculta.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” excluída.</translation>
    </message>
    <message>
        <source>Deleted %1 to-dos.</source>
        <translation>%1 tarefas excluídas.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No to-dos yet. Type one above and press Enter.</source>
        <translation>Ainda não há tarefas. Digite uma acima e pressione Enter.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Nada aqui.</translation>
    </message>
</context>
<context>
    <name>Tool</name>
    <message>
        <source>Adding a note</source>
        <translation>Adicionando uma nota</translation>
    </message>
    <message>
        <source>Adding a to-do</source>
        <translation>Adicionando uma tarefa</translation>
    </message>
    <message>
        <source>Adding an event</source>
        <translation>Adicionando um evento</translation>
    </message>
    <message>
        <source>Adding to a note</source>
        <translation>Acrescentando a uma nota</translation>
    </message>
    <message>
        <source>Adding to-dos</source>
        <translation>Adicionando tarefas</translation>
    </message>
    <message>
        <source>Changing a note</source>
        <translation>Alterando uma nota</translation>
    </message>
    <message>
        <source>Changing a to-do</source>
        <translation>Alterando uma tarefa</translation>
    </message>
    <message>
        <source>Changing an event</source>
        <translation>Alterando um evento</translation>
    </message>
    <message>
        <source>Checking off a to-do</source>
        <translation>Concluindo uma tarefa</translation>
    </message>
    <message>
        <source>Checking off to-dos</source>
        <translation>Concluindo tarefas</translation>
    </message>
    <message>
        <source>Creating a note</source>
        <translation>Criando uma nota</translation>
    </message>
    <message>
        <source>Deleting a note</source>
        <translation>Excluindo uma nota</translation>
    </message>
    <message>
        <source>Deleting a to-do</source>
        <translation>Excluindo uma tarefa</translation>
    </message>
    <message>
        <source>Deleting an event</source>
        <translation>Excluindo um evento</translation>
    </message>
    <message>
        <source>Finding free time</source>
        <translation>Procurando tempo livre</translation>
    </message>
    <message>
        <source>Finding notes</source>
        <translation>Procurando notas</translation>
    </message>
    <message>
        <source>Looking up an event</source>
        <translation>Consultando um evento</translation>
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
        <translation>Consultando lembretes</translation>
    </message>
    <message>
        <source>Looking up to-dos</source>
        <translation>Consultando tarefas</translation>
    </message>
    <message>
        <source>Reading a note</source>
        <translation>Lendo uma nota</translation>
    </message>
    <message>
        <source>Reopening a to-do</source>
        <translation>Reabrindo uma tarefa</translation>
    </message>
    <message>
        <source>Searching notes</source>
        <translation>Pesquisando notas</translation>
    </message>
    <message>
        <source>Tagging a note</source>
        <translation>Etiquetando uma nota</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Show earlier messages</source>
        <translation>Mostrar mensagens anteriores</translation>
    </message>
    <message>
        <source>Ask about your to-dos, calendar and notes, for example
“What&apos;s on tomorrow?” or “Remind me to call Anna on Friday at 5pm”.</source>
        <translation>Pergunte sobre suas tarefas, calendário e notas, por exemplo
“O que tenho amanhã?” ou “Me lembre de ligar para a Anna na sexta às 17h”.</translation>
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
        <translation>&amp;Ocultar janela</translation>
    </message>
    <message>
        <source>New &amp;to-do…</source>
        <translation>Nova &amp;tarefa…</translation>
    </message>
    <message>
        <source>&amp;Quick entry…</source>
        <translation>Entrada &amp;rápida…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Mostrar janela</translation>
    </message>
    <message>
        <source>More reminders</source>
        <translation>Mais lembretes</translation>
    </message>
    <message numerus="yes">
        <source>%n more reminder(s) fell due; see the calendar and to-dos.</source>
        <translation>
            <numerusform>Mais %n lembrete venceu; veja o calendário e as tarefas.</numerusform>
            <numerusform>Mais %n lembretes venceram; veja o calendário e as tarefas.</numerusform>
        </translation>
    </message>
    <message>
        <source>All day %1</source>
        <translation>Dia inteiro %1</translation>
    </message>
    <message>
        <source>Starts %1 at %2</source>
        <translation>Começa %1 às %2</translation>
    </message>
    <message>
        <source>To-do due %1</source>
        <translation>Tarefa com prazo %1</translation>
    </message>
    <message>
        <source>To-do due %1 at %2</source>
        <translation>Tarefa com prazo %1 às %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>amanhã</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Lembrete: %1</translation>
    </message>
</context>
<context>
    <name>TurnRenderer</name>
    <message>
        <source>Waiting for your approval…</source>
        <translation>Aguardando sua aprovação…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Working: %1…</source>
        <translation>Trabalhando: %1…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 não funcionou: %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompido.</translation>
    </message>
    <message>
        <source>The answer reached its length limit here.</source>
        <translation>A resposta atingiu aqui seu limite de tamanho.</translation>
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
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Undid %1.</source>
        <translation>%1 desfeito.</translation>
    </message>
    <message>
        <source>Redid %1.</source>
        <translation>%1 refeito.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Desfazer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refazer %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Your data is locked</source>
        <translation>Seus dados estão bloqueados</translation>
    </message>
    <message>
        <source>Your data is encrypted, and the system keychain does not have its key (it may be locked, or this is another desktop session). Type the recovery key you saved when you turned encryption on.</source>
        <translation>Seus dados estão criptografados e o chaveiro do sistema não tem a chave deles (pode estar bloqueado, ou esta é outra sessão da área de trabalho). Digite a chave de recuperação que você guardou ao ativar a criptografia.</translation>
    </message>
    <message>
        <source>Your data is encrypted, and the system keychain does not have its key (it may be locked, or this is another desktop session). Type your passphrase, or the recovery key you saved when you turned encryption on.</source>
        <translation>Seus dados estão criptografados e o chaveiro do sistema não tem a chave deles (pode estar bloqueado, ou esta é outra sessão da área de trabalho). Digite sua frase-senha, ou a chave de recuperação que você guardou ao ativar a criptografia.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Erro ao desbloquear</translation>
    </message>
    <message>
        <source>&amp;Keep the key in the keychain of this computer</source>
        <translation>&amp;Guardar a chave no chaveiro deste computador</translation>
    </message>
    <message>
        <source>No keychain works here, so the recovery key is asked for at each start.</source>
        <translation>Nenhum chaveiro funciona aqui, então a chave de recuperação é pedida a cada início.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Verificando a frase-senha…</translation>
    </message>
    <message>
        <source>That recovery key does not open your data. Check it and try again.</source>
        <translation>Essa chave de recuperação não abre seus dados. Confira e tente de novo.</translation>
    </message>
</context>
<context>
    <name>UpdateController</name>
    <message>
        <source>Downloading %1…</source>
        <translation>Baixando %1…</translation>
    </message>
    <message>
        <source>The setup is running; the app closes now.</source>
        <translation>A configuração está em andamento; o app vai fechar agora.</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Updates</source>
        <translation>Atualizações</translation>
    </message>
    <message>
        <source>&amp;Check once a day</source>
        <translation>&amp;Verificar uma vez por dia</translation>
    </message>
    <message>
        <source>&amp;No, thanks</source>
        <translation>&amp;Não, obrigado</translation>
    </message>
    <message>
        <source>Open the &amp;release page</source>
        <translation>Abrir a página da &amp;versão</translation>
    </message>
    <message>
        <source>Download and &amp;install</source>
        <translation>Baixar e &amp;instalar</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dispensar</translation>
    </message>
    <message>
        <source>Check for new versions? The app would send %1.</source>
        <translation>Procurar novas versões? O app enviaria %1.</translation>
    </message>
    <message>
        <source>Assistant %1 is available (you have %2).</source>
        <translation>Assistant %1 está disponível (você tem a %2).</translation>
    </message>
</context>
<context>
    <name>UpdatesBox</name>
    <message>
        <source>Updates</source>
        <translation>Atualizações</translation>
    </message>
    <message>
        <source>&amp;Check for updates once a day</source>
        <translation>&amp;Verificar atualizações uma vez por dia</translation>
    </message>
    <message>
        <source>When on, the app sends %1. Nothing is sent while this is off.</source>
        <translation>Quando ligado, o app envia %1. Nada é enviado enquanto estiver desligado.</translation>
    </message>
    <message>
        <source>Update check status</source>
        <translation>Estado da verificação de atualizações</translation>
    </message>
</context>
<context>
    <name>UserBubble</name>
    <message>
        <source>Your message</source>
        <translation>Sua mensagem</translation>
    </message>
    <message>
        <source>Pasted text: read only, nothing will be changed.</source>
        <translation>Texto colado: somente leitura, nada será alterado.</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Show all %1 lines</source>
        <translation>Mostrar todas as %1 linhas</translation>
    </message>
</context>
<context>
    <name>WindowsToastNotifier</name>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
</context>
</TS>
