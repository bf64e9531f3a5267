<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Calendars and to-do lists on a CalDAV server (Nextcloud, iCloud, Fastmail, Radicale…) stay in sync with this computer. Changes here apply at once.</source>
        <translation>Les calendriers et listes de tâches d’un serveur CalDAV (Nextcloud, iCloud, Fastmail, Radicale…) restent synchronisés avec cet ordinateur. Les modifications faites ici s’appliquent aussitôt.</translation>
    </message>
    <message>
        <source>Accounts and calendars</source>
        <translation>Comptes et calendriers</translation>
    </message>
    <message>
        <source>Account / calendar</source>
        <translation>Compte / calendrier</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>État des comptes</translation>
    </message>
    <message>
        <source>&amp;Add CalDAV account…</source>
        <translation>&amp;Ajouter un compte CalDAV…</translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation>&amp;Supprimer le compte…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only on demand</source>
        <translation>Uniquement sur demande</translation>
    </message>
    <message>
        <source>Sync every (minutes)</source>
        <translation>Synchroniser toutes les (minutes)</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchroniser &amp;toutes les :</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Aucun compte pour l’instant.</translation>
    </message>
    <message>
        <source>Added the account %1; syncing it now.</source>
        <translation>Compte %1 ajouté ; synchronisation en cours.</translation>
    </message>
    <message>
        <source>Remove the account %1?</source>
        <translation>Supprimer le compte %1 ?</translation>
    </message>
    <message>
        <source>Its calendars stop syncing and its password leaves the keychain. Keep its events and to-dos on this computer (as local items), or delete them here? Nothing is deleted on the server.</source>
        <translation>Ses calendriers ne seront plus synchronisés et son mot de passe quitte le trousseau. Garder ses événements et tâches sur cet ordinateur (comme éléments locaux) ou les supprimer ici ? Rien n’est supprimé sur le serveur.</translation>
    </message>
    <message>
        <source>Remove, &amp;keep items</source>
        <translation>Supprimer, &amp;garder les éléments</translation>
    </message>
    <message>
        <source>Remove and &amp;delete items</source>
        <translation>Supprimer et &amp;effacer les éléments</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 and %n of its items here.</source>
        <translation>
            <numerusform>%1 supprimé, ainsi que %n de ses éléments ici.</numerusform>
            <numerusform>%1 supprimé, ainsi que %n de ses éléments ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1; its items stay here as local ones.</source>
        <translation>%1 supprimé ; ses éléments restent ici comme éléments locaux.</translation>
    </message>
</context>
<context>
    <name>ActionCard</name>
    <message>
        <source>Action: %1</source>
        <translation>Action : %1</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Put things back as they were before this change</source>
        <translation>Remettre les choses comme avant cette modification</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action à faire</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>%1 (looks like phishing)</source>
        <translation>%1 (ressemble à de l’hameçonnage)</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Non ajouté</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Ajout…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Looks like phishing: %1. “Add all” leaves it out.</source>
        <translation>Ressemble à de l’hameçonnage : %1. « Tout ajouter » le laisse de côté.</translation>
    </message>
    <message>
        <source>This date could not be worked out; it will be added without one.</source>
        <translation>Cette date n’a pas pu être déterminée ; l’élément sera ajouté sans date.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add a CalDAV account</source>
        <translation>Ajouter un compte CalDAV</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Mot de passe ou mot de passe d’application</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>e.g. work (default: the host)</source>
        <translation>p. ex. travail (par défaut : l’hôte)</translation>
    </message>
    <message>
        <source>&amp;Find calendars</source>
        <translation>&amp;Chercher les calendriers</translation>
    </message>
    <message>
        <source>Find calendars</source>
        <translation>Chercher les calendriers</translation>
    </message>
    <message>
        <source>Calendars found</source>
        <translation>Calendriers trouvés</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>État du compte</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Looking for calendars…</source>
        <translation>Recherche des calendriers…</translation>
    </message>
    <message>
        <source>Give the password (or an app password made for this app).</source>
        <translation>Indiquez le mot de passe (ou un mot de passe d’application créé pour cette application).</translation>
    </message>
    <message numerus="yes">
        <source>Found %n calendar(s). Choose what to sync.</source>
        <translation>
            <numerusform>%n calendrier trouvé. Choisissez ce qu’il faut synchroniser.</numerusform>
            <numerusform>%n calendriers trouvés. Choisissez ce qu’il faut synchroniser.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account has no calendars for events or to-dos.</source>
        <translation>Le compte n’a aucun calendrier d’événements ou de tâches.</translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation>Ajout du compte…</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No events</source>
        <translation>Aucun événement</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>se répète</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
</context>
<context>
    <name>AllDayRow</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n de plus</numerusform>
            <numerusform>%n de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerBlock</name>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>ApprovalCard</name>
    <message>
        <source>Approval needed: %1</source>
        <translation>Approbation nécessaire : %1</translation>
    </message>
    <message>
        <source>Allow this change?</source>
        <translation>Autoriser cette modification ?</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>Ce qui changerait</translation>
    </message>
    <message>
        <source>Asked because %1. Check it before you approve.</source>
        <translation>Demandé parce que %1. Vérifiez avant d’approuver.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve: %1</source>
        <translation>Approuver : %1</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Deny: %1</source>
        <translation>Refuser : %1</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Approuvé.</translation>
    </message>
    <message>
        <source>Denied: nothing was changed.</source>
        <translation>Refusé : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Arrêté : rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Calendar message</source>
        <translation>Message du calendrier</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>CalendarList</name>
    <message>
        <source>Calendars</source>
        <translation>Calendriers</translation>
    </message>
    <message>
        <source>Local calendar</source>
        <translation>Calendrier local</translation>
    </message>
    <message>
        <source>Show or hide the events of %1</source>
        <translation>Afficher ou masquer les événements de %1</translation>
    </message>
</context>
<context>
    <name>CalendarPrompts</name>
    <message>
        <source>Edit repeating event</source>
        <translation>Modifier un événement récurrent</translation>
    </message>
    <message>
        <source>&apos;%1&apos; repeats. What do you want to change?</source>
        <translation>« %1 » se répète. Que voulez-vous modifier ?</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Cet événement</translation>
    </message>
    <message>
        <source>All events in the series</source>
        <translation>Tous les événements de la série</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <source>You can undo this right afterwards.</source>
        <translation>Vous pourrez annuler juste après.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; repeats. Delete only the occurrence on %2, or every event in the series?</source>
        <translation>« %1 » se répète. Supprimer seulement l’occurrence du %2, ou tous les événements de la série ?</translation>
    </message>
    <message>
        <source>Delete this event</source>
        <translation>Supprimer cet événement</translation>
    </message>
    <message>
        <source>Delete all events</source>
        <translation>Supprimer tous les événements</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; on %2?</source>
        <translation>Supprimer « %1 » du %2 ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 existe déjà. Voulez-vous le remplacer ?</translation>
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
        <translation>Filtrer les événements</translation>
    </message>
    <message>
        <source>Filter events by title or place</source>
        <translation>Filtrer les événements par titre ou lieu</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Afficher aujourd’hui</translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation>Nouvel &amp;événement…</translation>
    </message>
    <message>
        <source>Add an event (Ctrl+E)</source>
        <translation>Ajouter un événement (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Modifier l’événement sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Supprimer l’événement sélectionné</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>Show the selected day</source>
        <translation>Afficher le jour sélectionné</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>Se&amp;maine</translation>
    </message>
    <message>
        <source>Show the selected day&apos;s week</source>
        <translation>Afficher la semaine du jour sélectionné</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <source>Show an hour grid</source>
        <translation>Afficher une grille horaire</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import .ics files</source>
        <translation>Importer des fichiers .ics</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export as an .ics file</source>
        <translation>Exporter en fichier .ics</translation>
    </message>
    <message>
        <source>Nothing planned. Double-click a day or press “New event…” to add one.</source>
        <translation>Rien de prévu. Double-cliquez sur un jour ou appuyez sur « Nouvel événement… » pour en ajouter un.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>The calendar could not be loaded: %1</source>
        <translation>Le calendrier n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importer un calendrier</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical);;All files (*)</source>
        <translation>Fichiers de calendrier (*.ics *.ical);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importation de %n fichier…</numerusform>
            <numerusform>Importation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <source>The model is still loading… Your message will be sent when it is ready.</source>
        <translation>Le modèle est encore en cours de chargement… Votre message sera envoyé dès qu’il sera prêt.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <source>Delete this conversation? Changes it made to your data stay.</source>
        <translation>Supprimer cette conversation ? Les modifications qu’elle a apportées à vos données sont conservées.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1 Open Settings to choose another.</source>
        <translation>Le modèle n’a pas pu être chargé : %1 Ouvrez les Paramètres pour en choisir un autre.</translation>
    </message>
    <message>
        <source>No model is set up. Open Settings (File ▸ Settings…) to choose one.</source>
        <translation>Aucun modèle n’est configuré. Ouvrez les Paramètres (Fichier ▸ Paramètres…) pour en choisir un.</translation>
    </message>
    <message>
        <source>Your message was not sent.</source>
        <translation>Votre message n’a pas été envoyé.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Chat status</source>
        <translation>État de la discussion</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>Arrêter la génération</translation>
    </message>
    <message>
        <source>Stop generating (Esc)</source>
        <translation>Arrêter la génération (Échap)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on both sides</source>
        <translation>Modifié des deux côtés</translation>
    </message>
    <message>
        <source>These items were changed on this computer and on the server since the last sync. Choose which version to keep; nothing is merged.</source>
        <translation>Ces éléments ont été modifiés sur cet ordinateur et sur le serveur depuis la dernière synchronisation. Choisissez la version à garder ; rien n’est fusionné.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>Conflict message</source>
        <translation>Message de conflit</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder celle du &amp;serveur</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Garder les &amp;deux</translation>
    </message>
    <message>
        <source>Nothing left to resolve.</source>
        <translation>Plus rien à résoudre.</translation>
    </message>
    <message>
        <source>Deleted on this computer.</source>
        <translation>Supprimé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Deleted on the server.</source>
        <translation>Supprimé sur le serveur.</translation>
    </message>
    <message>
        <source>Kept. The server gets your choice with this sync.</source>
        <translation>Conservé. Le serveur reçoit votre choix lors de cette synchronisation.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Start an empty conversation (Ctrl+Shift+C)</source>
        <translation>Commencer une conversation vide (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Recent conversations</source>
        <translation>Conversations récentes</translation>
    </message>
    <message>
        <source>Delete conversation…</source>
        <translation>Supprimer la conversation…</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Data status</source>
        <translation>État des données</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the data files.</source>
        <translation>Afficher les fichiers de données.</translation>
    </message>
    <message>
        <source>E&amp;xport everything…</source>
        <translation>E&amp;xporter tout…</translation>
    </message>
    <message>
        <source>Calendar (.ics), notes (Markdown) and all records (JSON), in a new dated folder.</source>
        <translation>Calendrier (.ics), notes (Markdown) et tous les enregistrements (JSON), dans un nouveau dossier daté.</translation>
    </message>
    <message>
        <source>&amp;Forget deleted items…</source>
        <translation>&amp;Oublier les éléments supprimés…</translation>
    </message>
    <message>
        <source>Remove the text of deleted to-dos, events and notes from the undo history and the database file.</source>
        <translation>Retirer le texte des tâches, événements et notes supprimés de l’historique d’annulation et du fichier de base de données.</translation>
    </message>
    <message>
        <source>Erase e&amp;verything…</source>
        <translation>&amp;Tout effacer…</translation>
    </message>
    <message>
        <source>Delete all to-dos, events, notes and conversations.</source>
        <translation>Supprimer toutes les tâches, tous les événements, notes et conversations.</translation>
    </message>
    <message>
        <source>Export everything to</source>
        <translation>Tout exporter vers</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Forget deleted items?</source>
        <translation>Oublier les éléments supprimés ?</translation>
    </message>
    <message>
        <source>Deleted items stay in the undo history so that a deletion can be undone. This removes their text for good; their deletion can no longer be undone.</source>
        <translation>Les éléments supprimés restent dans l’historique d’annulation pour qu’une suppression puisse être annulée. Ceci efface leur texte définitivement ; leur suppression ne pourra plus être annulée.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Forgetting deleted items…</source>
        <translation>Oubli des éléments supprimés…</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
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
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>EditFlow</name>
    <message>
        <source>“%1” comes from the subscription %2, which is read-only.</source>
        <translation>« %1 » provient de l’abonnement %2, qui est en lecture seule.</translation>
    </message>
    <message>
        <source>Only the whole series of “%1” can become all day; drag it again and choose all events.</source>
        <translation>Seule la série entière « %1 » peut devenir toute la journée ; faites-la glisser à nouveau et choisissez « Tous les événements de la série ».</translation>
    </message>
    <message>
        <source>“%1” comes from the subscription %2, which is read-only: nothing was deleted. Remove the subscription in Settings → Accounts to drop its events.</source>
        <translation>« %1 » provient de l’abonnement %2, qui est en lecture seule : rien n’a été supprimé. Supprimez l’abonnement dans Paramètres → Comptes pour retirer ses événements.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>au début</translation>
    </message>
    <message>
        <source>d</source>
        <translation>j</translation>
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
        <translation>%1 %2 avant</translation>
    </message>
</context>
<context>
    <name>EmailView</name>
    <message>
        <source>Paste an email here…</source>
        <translation>Collez un e-mail ici…</translation>
    </message>
    <message>
        <source>Email text</source>
        <translation>Texte de l’e-mail</translation>
    </message>
    <message>
        <source>Length of the email</source>
        <translation>Longueur de l’e-mail</translation>
    </message>
    <message>
        <source>&amp;Summarize</source>
        <translation>&amp;Résumer</translation>
    </message>
    <message>
        <source>Summarize the email and list its action items (Ctrl+Enter)</source>
        <translation>Résumer l’e-mail et lister ses actions à faire (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>S&amp;horter</source>
        <translation>Plus &amp;court</translation>
    </message>
    <message>
        <source>&amp;Friendlier</source>
        <translation>Plus &amp;aimable</translation>
    </message>
    <message>
        <source>More f&amp;ormal</source>
        <translation>Plus f&amp;ormel</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop the model</source>
        <translation>Arrêter le modèle</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Email panel message</source>
        <translation>Message du panneau e-mail</translation>
    </message>
    <message>
        <source>Rewrite:</source>
        <translation>Réécrire :</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>The summary and the email&apos;s action items appear here.</source>
        <translation>Le résumé et les actions à faire de l’e-mail apparaissent ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action items&lt;/b&gt;</source>
        <translation>&lt;b&gt;Actions à faire&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rewritten text</source>
        <translation>Texte réécrit</translation>
    </message>
    <message>
        <source>Rewritten text appears here.</source>
        <translation>Le texte réécrit apparaît ici.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the rewritten text</source>
        <translation>Copier le texte réécrit</translation>
    </message>
    <message>
        <source>&amp;Replace text</source>
        <translation>&amp;Remplacer le texte</translation>
    </message>
    <message>
        <source>Put the rewritten text into the email box (Ctrl+Z there takes it back)</source>
        <translation>Mettre le texte réécrit dans la zone de l’e-mail (Ctrl+Z l’y annule)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Réécrire</translation>
    </message>
    <message>
        <source>Rewrite the email about half as long</source>
        <translation>Réécrire l’e-mail environ deux fois plus court</translation>
    </message>
    <message>
        <source>Rewrite the email in a warmer tone</source>
        <translation>Réécrire l’e-mail sur un ton plus chaleureux</translation>
    </message>
    <message>
        <source>Rewrite the email in a formal business tone</source>
        <translation>Réécrire l’e-mail sur un ton professionnel et formel</translation>
    </message>
    <message>
        <source>The model is still loading; summaries and rewrites work once it is ready.</source>
        <translation>Le modèle est encore en cours de chargement ; les résumés et réécritures fonctionneront dès qu’il sera prêt.</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>Le modèle n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>No model is loaded, so emails cannot be summarized or rewritten yet.</source>
        <translation>Aucun modèle n’est chargé : les e-mails ne peuvent pas encore être résumés ni réécrits.</translation>
    </message>
    <message>
        <source>Reading the email…</source>
        <translation>Lecture de l’e-mail…</translation>
    </message>
    <message>
        <source>Summarizing…</source>
        <translation>Résumé en cours…</translation>
    </message>
    <message>
        <source>Rewriting…</source>
        <translation>Réécriture…</translation>
    </message>
    <message>
        <source>Wait for the model to finish, or press Stop.</source>
        <translation>Attendez que le modèle termine, ou appuyez sur Arrêter.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The rewritten text is on the clipboard.</source>
        <translation>Le texte réécrit est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>There is no text to work on. Paste an email first.</source>
        <translation>Il n’y a aucun texte à traiter. Collez d’abord un e-mail.</translation>
    </message>
    <message>
        <source>The text is %1 characters long; the limit is %2. Shorten it first.</source>
        <translation>Le texte fait %1 caractères ; la limite est de %2. Raccourcissez-le d’abord.</translation>
    </message>
    <message>
        <source>Stopped. The text so far is kept.</source>
        <translation>Arrêté. Le texte obtenu jusqu’ici est conservé.</translation>
    </message>
    <message>
        <source>Done. Copy the text, or replace the email with it.</source>
        <translation>Terminé. Copiez le texte, ou remplacez l’e-mail par celui-ci.</translation>
    </message>
    <message>
        <source>The email asks for nothing; no action items.</source>
        <translation>L’e-mail ne demande rien ; aucune action à faire.</translation>
    </message>
    <message>
        <source>One action item found. Add it if you want it.</source>
        <translation>Une action à faire trouvée. Ajoutez-la si vous le souhaitez.</translation>
    </message>
    <message>
        <source>%1 action items found. Add the ones you want.</source>
        <translation>%1 actions à faire trouvées. Ajoutez celles que vous voulez.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase everything?</source>
        <translation>Tout effacer ?</translation>
    </message>
    <message>
        <source>This deletes every to-do, event, note and conversation, and the undo history. It cannot be undone. Export everything first if you may want it back.

Type %1 to confirm.</source>
        <translation>Ceci supprime toutes les tâches, tous les événements, notes et conversations, ainsi que l’historique d’annulation. C’est irréversible. Exportez tout d’abord si vous risquez d’en avoir besoin.

Tapez %1 pour confirmer.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Tapez %1 pour confirmer</translation>
    </message>
    <message>
        <source>&amp;Erase everything</source>
        <translation>&amp;Tout effacer</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <source>Edit this occurrence</source>
        <translation>Modifier cette occurrence</translation>
    </message>
    <message>
        <source>Edit all events in the series</source>
        <translation>Modifier tous les événements de la série</translation>
    </message>
    <message>
        <source>e.g. Dentist</source>
        <translation>p. ex. Dentiste</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>&amp;Toute la journée</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Au début</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>Ra&amp;ppel :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>&amp;Calendrier :</translation>
    </message>
    <message>
        <source>Only this occurrence changes; the series keeps its rule.</source>
        <translation>Seule cette occurrence change ; la série garde sa règle.</translation>
    </message>
    <message>
        <source>Event from %1 (read-only)</source>
        <translation>Événement de %1 (lecture seule)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This event comes from the subscription %1, which is read-only: it cannot be changed or deleted here.</source>
        <translation>Cet événement provient de l’abonnement %1, qui est en lecture seule : il ne peut être ni modifié ni supprimé ici.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Only the whole series can become all-day: edit all events instead.</source>
        <translation>Seule la série entière peut passer en journée entière : modifiez plutôt tous les événements.</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Donnez un titre à l’événement.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>La fin est avant le début.</translation>
    </message>
    <message>
        <source>(%1 day(s))</source>
        <translation>(%1 jour(s))</translation>
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
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>HitList</name>
    <message>
        <source>To-do</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ItemEdit</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>MacNotifier</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
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
        <translation>Discussion</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>État du modèle</translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation>Progression du chargement du modèle</translation>
    </message>
    <message>
        <source>Where the model runs</source>
        <translation>Où le modèle s’exécute</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import calendar (.ics)…</source>
        <translation>&amp;Importer un calendrier (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Export calendar (.ics)…</source>
        <translation>&amp;Exporter le calendrier (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fermer la &amp;fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>Rechercher &amp;partout…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New &amp;conversation</source>
        <translation>Nouvelle &amp;conversation</translation>
    </message>
    <message>
        <source>New &amp;to-do</source>
        <translation>Nouvelle &amp;tâche</translation>
    </message>
    <message>
        <source>New &amp;event</source>
        <translation>Nouvel &amp;événement</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Nouvelle &amp;note</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Ask the &amp;assistant</source>
        <translation>Demander à l’&amp;assistant</translation>
    </message>
    <message>
        <source>&amp;Stop generating</source>
        <translation>Arrêter la &amp;génération</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Preparing the assistant (first time only): %1 %</source>
        <translation>Préparation de l’assistant (la première fois seulement) : %1 %</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>vérification du fichier</translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation>lecture du fichier</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>chargement</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>chargé</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>Loading %1: %2</source>
        <translation>Chargement de %1 : %2</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>The model could not be loaded: %1</source>
        <translation>Le modèle n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Sur %1</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>The model runs on the server %1: what you type is sent there.</source>
        <translation>Le modèle s’exécute sur le serveur %1 : ce que vous tapez y est envoyé.</translation>
    </message>
    <message>
        <source>The model runs on this computer: nothing you type leaves it.</source>
        <translation>Le modèle s’exécute sur cet ordinateur : rien de ce que vous tapez n’en sort.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importer un calendrier</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical);;All files (*)</source>
        <translation>Fichiers de calendrier (*.ics *.ical);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>New line in a message</source>
        <translation>Nouvelle ligne dans un message</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Maj+Entrée</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assistant %1&lt;/p&gt;&lt;p&gt;To-dos, calendar and notes with a language model that runs on this computer. Your data stays on this device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Assistant %1&lt;/p&gt;&lt;p&gt;Tâches, calendrier et notes avec un modèle de langage qui s’exécute sur cet ordinateur. Vos données restent sur cet appareil.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;MIT License. &lt;a href=&quot;%1&quot;&gt;Third-party licences&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licence MIT. &lt;a href=&quot;%1&quot;&gt;Licences tierces&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Assistant</source>
        <translation>À propos d’Assistant</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Ask or tell the assistant something… (Enter sends, Shift+Enter: new line)</source>
        <translation>Demandez ou dites quelque chose à l’assistant… (Entrée envoie, Maj+Entrée : nouvelle ligne)</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Jours du mois</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Choisir le mois</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Choisir l’année</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Titre de la note</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>Étiquettes de la note</translation>
    </message>
    <message>
        <source>Tags, separated by commas, e.g. work, ideas</source>
        <translation>Étiquettes, séparées par des virgules, p. ex. travail, idées</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list</source>
        <translation>Écrivez en Markdown : # titre, **gras**, - liste</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The formatted note appears here.</source>
        <translation>La note mise en forme apparaît ici.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Show or hide the formatted preview (Ctrl+P)</source>
        <translation>Afficher ou masquer l’aperçu mis en forme (Ctrl+P)</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Afficher l’aperçu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>Supprimer cette note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>tags: %1</source>
        <translation>étiquettes : %1</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>New note (Ctrl+N)</source>
        <translation>Nouvelle note (Ctrl+N)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Notes list</source>
        <translation>Liste des notes</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Notes trouvées</translation>
    </message>
    <message>
        <source>Pick a note on the left, or press Ctrl+N to write a new one.</source>
        <translation>Choisissez une note à gauche, ou appuyez sur Ctrl+N pour en écrire une nouvelle.</translation>
    </message>
    <message>
        <source>Delete the note “%1”? You can bring it back with Undo.</source>
        <translation>Supprimer la note « %1 » ? Vous pouvez la récupérer avec Annuler.</translation>
    </message>
    <message>
        <source>Could not delete the note</source>
        <translation>Impossible de supprimer la note</translation>
    </message>
    <message>
        <source>No notes match.</source>
        <translation>Aucune note ne correspond.</translation>
    </message>
    <message>
        <source>No notes yet. Press Ctrl+N to write one.</source>
        <translation>Aucune note pour l’instant. Appuyez sur Ctrl+N pour en écrire une.</translation>
    </message>
    <message>
        <source>Showing the %1 best matches.</source>
        <translation>Affichage des %1 meilleurs résultats.</translation>
    </message>
    <message>
        <source>Showing the %1 most recent notes; search to find older ones.</source>
        <translation>Affichage des %1 notes les plus récentes ; lancez une recherche pour trouver les plus anciennes.</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 notes</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>A passphrase you choose opens your data where the keychain cannot, like the recovery key. It is kept next to your data, so choose a long one (at least %1 characters) that you use nowhere else.</source>
        <translation>Une phrase secrète de votre choix ouvre vos données là où le trousseau ne le peut pas, comme la clé de récupération. Elle est gardée à côté de vos données : choisissez-en une longue (au moins %1 caractères) que vous n’utilisez nulle part ailleurs.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>La même encore une fois</translation>
    </message>
    <message>
        <source>Passphrase error</source>
        <translation>Erreur de phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Définir la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Remove passphrase</source>
        <translation>&amp;Retirer la phrase secrète</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Les deux phrases secrètes diffèrent ; tapez-les à nouveau.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Une phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Passphrase set: it opens your data too.</source>
        <translation>Phrase secrète définie : elle ouvre aussi vos données.</translation>
    </message>
    <message>
        <source>Passphrase removed: the recovery key still opens your data.</source>
        <translation>Phrase secrète retirée : la clé de récupération ouvre toujours vos données.</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <source>That to-do no longer exists.</source>
        <translation>Cette tâche n’existe plus.</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Cette note n’existe plus.</translation>
    </message>
    <message>
        <source>That event no longer exists.</source>
        <translation>Cet événement n’existe plus.</translation>
    </message>
    <message>
        <source>That change is no longer in the history.</source>
        <translation>Cette modification n’est plus dans l’historique.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>&amp;Encrypt my data</source>
        <translation>&amp;Chiffrer mes données</translation>
    </message>
    <message>
        <source>Encrypt the database on this computer with a key kept in the keychain.</source>
        <translation>Chiffrer la base de données de cet ordinateur avec une clé conservée dans le trousseau.</translation>
    </message>
    <message>
        <source>Encrypts your to-dos, events, notes and conversations on disk (SQLCipher), so a lost or shared disk does not give them away. The key is kept in the system keychain; a recovery key, shown once, opens your data where the keychain cannot.</source>
        <translation>Chiffre vos tâches, événements, notes et conversations sur le disque (SQLCipher), pour qu’un disque perdu ou partagé ne les dévoile pas. La clé est conservée dans le trousseau du système ; une clé de récupération, affichée une seule fois, ouvre vos données là où le trousseau ne le peut pas.</translation>
    </message>
    <message>
        <source>Encryption status</source>
        <translation>État du chiffrement</translation>
    </message>
    <message>
        <source>C&amp;hange key…</source>
        <translation>C&amp;hanger la clé…</translation>
    </message>
    <message>
        <source>Re-encrypt your data with a new key and show its new recovery key.</source>
        <translation>Chiffrer à nouveau vos données avec une nouvelle clé et afficher sa nouvelle clé de récupération.</translation>
    </message>
    <message>
        <source>&amp;Passphrase…</source>
        <translation>&amp;Phrase secrète…</translation>
    </message>
    <message>
        <source>Choose a passphrase that opens your data too, where the keychain cannot.</source>
        <translation>Choisissez une phrase secrète qui ouvre aussi vos données là où le trousseau ne le peut pas.</translation>
    </message>
    <message>
        <source>Converting the database</source>
        <translation>Conversion de la base de données</translation>
    </message>
    <message>
        <source>Your data is encrypted.</source>
        <translation>Vos données sont chiffrées.</translation>
    </message>
    <message>
        <source>Encryption is not available: %1.</source>
        <translation>Le chiffrement n’est pas disponible : %1.</translation>
    </message>
    <message>
        <source>Your data is not encrypted.</source>
        <translation>Vos données ne sont pas chiffrées.</translation>
    </message>
    <message>
        <source>Turn encryption off?</source>
        <translation>Désactiver le chiffrement ?</translation>
    </message>
    <message>
        <source>Your data will be stored unencrypted on this computer from now on.</source>
        <translation>Vos données seront désormais stockées sans chiffrement sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Your data will be encrypted again with a new key. Once it is, the old recovery key no longer opens your data; this new one does. It is shown only now: save it in a password manager or write it down.</source>
        <translation>Vos données vont être chiffrées à nouveau avec une nouvelle clé. Ensuite, l’ancienne clé de récupération n’ouvrira plus vos données ; celle-ci, si. Elle n’est affichée que maintenant : enregistrez-la dans un gestionnaire de mots de passe ou notez-la.</translation>
    </message>
    <message>
        <source>C&amp;hange the key</source>
        <translation>C&amp;hanger la clé</translation>
    </message>
    <message>
        <source>Changing the key… (the app waits meanwhile)</source>
        <translation>Changement de la clé… (l’application attend pendant ce temps)</translation>
    </message>
    <message>
        <source>Converting the database… (the app waits meanwhile)</source>
        <translation>Conversion de la base de données… (l’application patiente pendant ce temps)</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>Action items</source>
        <translation>Actions à faire</translation>
    </message>
    <message>
        <source>Add all</source>
        <translation>Tout ajouter</translation>
    </message>
    <message>
        <source>Add all action items</source>
        <translation>Ajouter toutes les actions à faire</translation>
    </message>
    <message>
        <source>Result of adding</source>
        <translation>Résultat de l’ajout</translation>
    </message>
    <message>
        <source>Removed “%1” again.</source>
        <translation>« %1 » retiré à nouveau.</translation>
    </message>
</context>
<context>
    <name>QuickAddBox</name>
    <message>
        <source>New to-do</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Add a to-do, e.g. “call mom friday 5pm !high #family”</source>
        <translation>Ajoutez une tâche, p. ex. « appeler maman vendredi 17h !high #famille »</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add to-do</source>
        <translation>Ajouter la tâche</translation>
    </message>
    <message>
        <source>What will be added</source>
        <translation>Ce qui sera ajouté</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>The calendar the new to-do goes to</source>
        <translation>Le calendrier où va la nouvelle tâche</translation>
    </message>
    <message>
        <source>Put a date at the start or end; !high or !low sets the priority, #word a tag.</source>
        <translation>Mettez une date au début ou à la fin ; !high ou !low fixe la priorité, #mot une étiquette.</translation>
    </message>
    <message>
        <source>Write what needs doing, not only when.</source>
        <translation>Écrivez ce qu’il faut faire, pas seulement quand.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>pas d’échéance</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>priorité haute</translation>
    </message>
    <message>
        <source>low priority</source>
        <translation>priorité basse</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Open the quick-entry window</source>
        <translation>Ouvrir la fenêtre de saisie rapide</translation>
    </message>
    <message>
        <source>The shortcut %1 could not be set: the system refused it (another app may be using it, or the key cannot be used). Try another one, such as Ctrl+Shift+Space.</source>
        <translation>Le raccourci %1 n’a pas pu être défini : le système l’a refusé (une autre application l’utilise peut-être, ou la touche n’est pas utilisable). Essayez-en un autre, comme Ctrl+Shift+Space.</translation>
    </message>
    <message>
        <source>The shortcut %1 could not be set: this desktop offers no global shortcuts, or the request was declined. You can bind “assistant --quick-add” in your desktop&apos;s keyboard settings instead.</source>
        <translation>Le raccourci %1 n’a pas pu être défini : ce bureau n’offre pas de raccourcis globaux, ou la demande a été refusée. Vous pouvez plutôt associer « assistant --quick-add » à une touche dans les réglages clavier de votre bureau.</translation>
    </message>
</context>
<context>
    <name>QuickEntryChips</name>
    <message>
        <source>Due: %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Priorité haute</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Priorité basse</translation>
    </message>
</context>
<context>
    <name>QuickEntryWindow</name>
    <message>
        <source>Quick entry</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>New to-do</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>call mom friday 5pm !high #family</source>
        <translation>appeler maman vendredi 17h !high #famille</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Save to-do</source>
        <translation>Enregistrer la tâche</translation>
    </message>
    <message>
        <source>Enter: save the to-do</source>
        <translation>Entrée : enregistrer la tâche</translation>
    </message>
    <message>
        <source>Ask the assistant</source>
        <translation>Demander à l’assistant</translation>
    </message>
    <message>
        <source>Ctrl+Enter: send the text to the chat instead</source>
        <translation>Ctrl+Entrée : envoyer plutôt le texte au chat</translation>
    </message>
    <message>
        <source>A date at the start or end; !high or !low, #tags.</source>
        <translation>Une date au début ou à la fin ; !high ou !low, #étiquettes.</translation>
    </message>
    <message>
        <source>Write what needs doing, not only when.</source>
        <translation>Écrivez ce qu’il faut faire, pas seulement quand.</translation>
    </message>
    <message>
        <source>Type a to-do first, e.g. “call mom friday 5pm”.</source>
        <translation>Saisissez d’abord une tâche, p. ex. « appeler maman vendredi 17h ».</translation>
    </message>
    <message>
        <source>Type what to ask first.</source>
        <translation>Saisissez d’abord votre question.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Save your recovery key</source>
        <translation>Enregistrez votre clé de récupération</translation>
    </message>
    <message>
        <source>Your data will be encrypted with a key kept in the system keychain. Where the keychain cannot give it (another desktop session, a new computer), only this recovery key opens your data. It is shown only now: save it in a password manager or write it down.</source>
        <translation>Vos données seront chiffrées avec une clé conservée dans le trousseau du système. Là où le trousseau ne peut pas la fournir (une autre session de bureau, un nouvel ordinateur), seule cette clé de récupération ouvre vos données. Elle n’est affichée que maintenant : enregistrez-la dans un gestionnaire de mots de passe ou notez-la.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>I have saved my recovery key somewhere safe</source>
        <translation>J’ai mis ma clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>&amp;Encrypt my data</source>
        <translation>&amp;Chiffrer mes données</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Tous les ans</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)</source>
        <translation>Règle personnalisée (RRULE)</translation>
    </message>
    <message>
        <source>every </source>
        <translation>tous les </translation>
    </message>
    <message>
        <source>Repeat interval</source>
        <translation>Intervalle de répétition</translation>
    </message>
    <message>
        <source>Repetition ends</source>
        <translation>Fin de la répétition</translation>
    </message>
    <message>
        <source>Never ends</source>
        <translation>Ne se termine jamais</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <source>Ends after</source>
        <translation>Se termine après</translation>
    </message>
    <message>
        <source>Last day of the repetition</source>
        <translation>Dernier jour de la répétition</translation>
    </message>
    <message>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Nombre de fois</translation>
    </message>
    <message>
        <source>Custom repeat rule</source>
        <translation>Règle de répétition personnalisée</translation>
    </message>
    <message>
        <source>An iCalendar RRULE, e.g. FREQ=MONTHLY;BYDAY=2TU</source>
        <translation>Une RRULE iCalendar, p. ex. FREQ=MONTHLY;BYDAY=2TU</translation>
    </message>
    <message>
        <source>Repeat summary</source>
        <translation>Résumé de la répétition</translation>
    </message>
    <message>
        <source>Enter a repeat rule, e.g. FREQ=MONTHLY;BYDAY=2TU.</source>
        <translation>Saisissez une règle de répétition, p. ex. FREQ=MONTHLY;BYDAY=2TU.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Choisissez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <source>The repetition cannot end before the event starts.</source>
        <translation>La répétition ne peut pas se terminer avant le début de l’événement.</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>jour(s)</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>semaine(s)</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation>an(s)</translation>
    </message>
    <message>
        <source>Repeats %1.</source>
        <translation>Se répète %1.</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Reporté jusqu’à %1.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Ignoré.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>demain %1</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>ReminderChoice</name>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Pas de rappel</translation>
    </message>
    <message>
        <source>%1 day(s) before</source>
        <translation>%1 jour(s) avant</translation>
    </message>
    <message>
        <source>%1 hour(s) before</source>
        <translation>%1 heure(s) avant</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>%1 minutes avant</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Snooze 5 min</source>
        <translation>Reporter de 5 min</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Reporter d’1 heure</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Check or change it before adding</source>
        <translation>Vérifier ou modifier avant d’ajouter</translation>
    </message>
    <message>
        <source>Added ✓</source>
        <translation>Ajouté ✓</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <source>Edit “%1” before adding</source>
        <translation>Modifier « %1 » avant de l’ajouter</translation>
    </message>
    <message>
        <source>Undo adding “%1”</source>
        <translation>Annuler l’ajout de « %1 »</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Ajout…</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>Mark as not done</source>
        <translation>Marquer comme non terminée</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Reminder…</source>
        <translation>Rappel…</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Changer l’échéance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search everything</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>Search to-dos, events and notes</source>
        <translation>Rechercher dans les tâches, événements et notes</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>Type to search to-dos, events and notes.</source>
        <translation>Tapez pour rechercher dans les tâches, événements et notes.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>1 match. Enter opens it.</source>
        <translation>1 résultat. Entrée l’ouvre.</translation>
    </message>
    <message>
        <source>%1 matches. Enter opens the selected one.</source>
        <translation>%1 résultats. Entrée ouvre celui sélectionné.</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <source>On this &amp;computer</source>
        <translation>Sur cet &amp;ordinateur</translation>
    </message>
    <message>
        <source>On a ser&amp;ver</source>
        <translation>Sur un ser&amp;veur</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>Modèle sur le serveur</translation>
    </message>
    <message>
        <source>&amp;List models</source>
        <translation>&amp;Lister les modèles</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>If the server cannot be used at start, run the model on this computer</source>
        <translation>Si le serveur est inutilisable au démarrage, exécuter le modèle sur cet ordinateur</translation>
    </message>
    <message>
        <source>Off: a server that is down is reported and nothing else happens. On: the model chosen for this computer loads instead, and the status bar says so.</source>
        <translation>Désactivé : un serveur en panne est signalé et rien d’autre ne se passe. Activé : le modèle choisi pour cet ordinateur est chargé à la place, et la barre d’état l’indique.</translation>
    </message>
    <message>
        <source>Your to-dos, events and notes stay here; what you type, and what the assistant reads to answer, goes to the server. See docs/remote.md.</source>
        <translation>Vos tâches, événements et notes restent ici ; ce que vous tapez, et ce que l’assistant lit pour répondre, va au serveur. Voir docs/remote.md.</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>unchanged if left empty</source>
        <translation>inchangée si laissée vide</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message numerus="yes">
        <source>The server has %n model(s).</source>
        <translation>
            <numerusform>Le serveur a %n modèle.</numerusform>
            <numerusform>Le serveur a %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send your words to this server?</source>
        <translation>Envoyer ce que vous tapez à ce serveur ?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Confidentialité</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>C&amp;omptes</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Erreur dans les paramètres</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modèles installés</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Modèle utilisé</translation>
    </message>
    <message>
        <source>Do&amp;wnload a model…</source>
        <translation>&amp;Télécharger un modèle…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>Automatic (%1 cores)</source>
        <translation>Automatique (%1 cœurs)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Toutes les couches</translation>
    </message>
    <message>
        <source>Some layers</source>
        <translation>Certaines couches</translation>
    </message>
    <message>
        <source>GPU offload</source>
        <translation>Déchargement sur GPU</translation>
    </message>
    <message>
        <source> layers</source>
        <translation> couches</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Couches sur GPU</translation>
    </message>
    <message>
        <source>Checking whether this build can use a GPU…</source>
        <translation>Vérification de la prise en charge d’un GPU par cette version…</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>Taille du contexte</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Exécution :</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Utilisé :</translation>
    </message>
    <message>
        <source>&amp;Installed:</source>
        <translation>&amp;Installés :</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads :</translation>
    </message>
    <message>
        <source>GP&amp;U offload:</source>
        <translation>Déchargement sur GP&amp;U :</translation>
    </message>
    <message>
        <source>&amp;Context size:</source>
        <translation>Taille du &amp;contexte :</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes on the next start</source>
        <translation>La langue de la fenêtre ; elle change au prochain démarrage</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Continuer dans la &amp;zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Continuer dans la zone de notification</translation>
    </message>
    <message>
        <source>Ask &amp;before changes</source>
        <translation>Demander a&amp;vant les modifications</translation>
    </message>
    <message>
        <source>The assistant&apos;s changes wait for your approval</source>
        <translation>Les modifications de l’assistant attendent votre accord</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Quick entry shortcut</source>
        <translation>Raccourci de la saisie rapide</translation>
    </message>
    <message>
        <source>Opens the quick-entry window from any app, where the system allows it; a new one takes effect when you save. Elsewhere, bind “assistant --quick-add” in your desktop&apos;s keyboard settings.</source>
        <translation>Ouvre la fenêtre de saisie rapide depuis n’importe quelle application, là où le système le permet ; un nouveau raccourci prend effet à l’enregistrement. Ailleurs, associez « assistant --quick-add » à une touche dans les réglages clavier de votre bureau.</translation>
    </message>
    <message>
        <source>Quick entry shortcut problem</source>
        <translation>Problème du raccourci de la saisie rapide</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Quick entry shortcut:</source>
        <translation>Raccourci de la saisie ra&amp;pide :</translation>
    </message>
    <message>
        <source>This build of llama.cpp has no GPU support; the model runs on the CPU.</source>
        <translation>Cette version de llama.cpp ne prend pas en charge les GPU ; le modèle s’exécute sur le processeur.</translation>
    </message>
    <message>
        <source>Write the shortcut as keys joined by +, e.g. Ctrl+Shift+Space.</source>
        <translation>Écrivez le raccourci sous forme de touches reliées par +, p. ex. Ctrl+Shift+Space.</translation>
    </message>
    <message>
        <source>No downloaded models yet</source>
        <translation>Aucun modèle téléchargé pour l’instant</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Pas encore de modèle</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>%1 (after Save)</source>
        <translation>%1 (après Enregistrer)</translation>
    </message>
    <message>
        <source>Select a downloaded model to remove.</source>
        <translation>Sélectionnez un modèle téléchargé à supprimer.</translation>
    </message>
    <message>
        <source>Delete %1 from this computer?</source>
        <translation>Supprimer %1 de cet ordinateur ?</translation>
    </message>
    <message>
        <source>It is the model in use; the assistant stops until you pick another.</source>
        <translation>C’est le modèle utilisé ; l’assistant s’arrête jusqu’à ce que vous en choisissiez un autre.</translation>
    </message>
    <message>
        <source>Remove model?</source>
        <translation>Supprimer le modèle ?</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restant</translation>
    </message>
    <message>
        <source>Set up the assistant</source>
        <translation>Configurer l’assistant</translation>
    </message>
    <message>
        <source>The assistant needs a language model. It runs on this computer: nothing you type leaves it. The download happens once.</source>
        <translation>L’assistant a besoin d’un modèle de langage. Il s’exécute sur cet ordinateur : rien de ce que vous tapez n’en sort. Le téléchargement n’a lieu qu’une fois.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>Modèle à télécharger</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>Détails du modèle</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Espace disque libre</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation>Disque :</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>État du téléchargement</translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation>hf_…</translation>
    </message>
    <message>
        <source>Hugging Face access token</source>
        <translation>Jeton d’accès Hugging Face</translation>
    </message>
    <message>
        <source>Save token and &amp;retry</source>
        <translation>Enregistrer le jeton et &amp;réessayer</translation>
    </message>
    <message>
        <source>Save token and retry</source>
        <translation>Enregistrer le jeton et réessayer</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Use a GGUF &amp;file on disk…</source>
        <translation>Utiliser un &amp;fichier GGUF sur le disque…</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>&amp;Annuler le téléchargement</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Use a GGUF file on disk</source>
        <translation>Utiliser un fichier GGUF sur le disque</translation>
    </message>
    <message>
        <source>%1 suits most computers.</source>
        <translation>%1 convient à la plupart des ordinateurs.</translation>
    </message>
    <message>
        <source>You have %1 of memory; %2 fits well.</source>
        <translation>Vous avez %1 de mémoire ; %2 convient bien.</translation>
    </message>
    <message>
        <source>%1 Needs about %2 of memory. Licence: %3.</source>
        <translation>%1 Demande environ %2 de mémoire. Licence : %3.</translation>
    </message>
    <message>
        <source>This computer has less, so it may be slow.</source>
        <translation>Cet ordinateur en a moins, il peut donc être lent.</translation>
    </message>
    <message>
        <source>%1 free in %2</source>
        <translation>%1 libres sur %2</translation>
    </message>
    <message>
        <source>not enough for this model; free some space first.</source>
        <translation>pas assez pour ce modèle ; libérez d’abord de l’espace.</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>&amp;Utiliser ce modèle</translation>
    </message>
    <message>
        <source>Already downloaded.</source>
        <translation>Déjà téléchargé.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>%1 of %2 was downloaded earlier; resume to finish it.</source>
        <translation>%1 sur %2 ont déjà été téléchargés ; reprenez pour terminer.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>Resuming %1…</source>
        <translation>Reprise de %1…</translation>
    </message>
    <message>
        <source>Cancel the download?</source>
        <translation>Annuler le téléchargement ?</translation>
    </message>
    <message>
        <source>The part downloaded so far will be deleted.</source>
        <translation>La partie déjà téléchargée sera supprimée.</translation>
    </message>
    <message>
        <source>Downloaded and checked %1.</source>
        <translation>%1 téléchargé et vérifié.</translation>
    </message>
    <message>
        <source>Paused. Resume continues where it stopped.</source>
        <translation>En pause. Reprendre continue là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>Download cancelled; the partial file was deleted.</source>
        <translation>Téléchargement annulé ; le fichier partiel a été supprimé.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Paste an access token first.</source>
        <translation>Collez d’abord un jeton d’accès.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Choose a GGUF model file</source>
        <translation>Choisir un fichier de modèle GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heure :</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>Database status</source>
        <translation>État de la base de données</translation>
    </message>
    <message>
        <source>Back up and &amp;recover…</source>
        <translation>Sauvegarder et &amp;récupérer…</translation>
    </message>
    <message>
        <source>Keep the damaged file as a backup and rebuild it from what can be read.</source>
        <translation>Garder le fichier endommagé comme sauvegarde et le reconstruire à partir de ce qui peut être lu.</translation>
    </message>
    <message>
        <source>The database is damaged (%1), so changes are off: you can still read your data. Back it up and recover what can be read?</source>
        <translation>La base de données est endommagée (%1), les modifications sont donc désactivées : vous pouvez toujours lire vos données. La sauvegarder et récupérer ce qui peut être lu ?</translation>
    </message>
    <message>
        <source>Recover the database?</source>
        <translation>Récupérer la base de données ?</translation>
    </message>
    <message>
        <source>The damaged file is kept next to the new one as a backup, unchanged. Every row that can still be read is copied into a fresh database; what cannot be read is missing from it.</source>
        <translation>Le fichier endommagé est gardé, inchangé, à côté du nouveau comme sauvegarde. Chaque ligne encore lisible est copiée dans une nouvelle base de données ; ce qui ne peut pas être lu n’y figurera pas.</translation>
    </message>
    <message>
        <source>Back up and recover</source>
        <translation>Sauvegarder et récupérer</translation>
    </message>
    <message>
        <source>Backing up and recovering…</source>
        <translation>Sauvegarde et récupération…</translation>
    </message>
    <message>
        <source>Recovery failed: %1</source>
        <translation>La récupération a échoué : %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>&lt;b&gt;Subscriptions&lt;/b&gt; (read-only calendars by address)</source>
        <translation>&lt;b&gt;Abonnements&lt;/b&gt; (calendriers en lecture seule, par adresse)</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Subscription name</source>
        <translation>Nom de l’abonnement</translation>
    </message>
    <message>
        <source>e.g. Holidays</source>
        <translation>p. ex. Jours fériés</translation>
    </message>
    <message>
        <source>Subscription address</source>
        <translation>Adresse de l’abonnement</translation>
    </message>
    <message>
        <source>webcal://… or https://….ics</source>
        <translation>webcal://… ou https://….ics</translation>
    </message>
    <message>
        <source>Su&amp;bscribe</source>
        <translation>S’a&amp;bonner</translation>
    </message>
    <message>
        <source>Remove s&amp;ubscription</source>
        <translation>Supprimer l’a&amp;bonnement</translation>
    </message>
    <message>
        <source>Subscriptions status</source>
        <translation>État des abonnements</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n event(s), %2</source>
        <translation>
            <numerusform>%1 — %n événement, %2</numerusform>
            <numerusform>%1 — %n événements, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Removed the subscription %1 and its %n event(s).</source>
        <translation>
            <numerusform>Abonnement %1 supprimé avec son %n événement.</numerusform>
            <numerusform>Abonnement %1 supprimé avec ses %n événements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync warning</source>
        <translation>Avertissement de synchronisation</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Items changed here and on the server: choose which to keep</source>
        <translation>Éléments modifiés ici et sur le serveur : choisissez lesquels garder</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflit à résoudre</numerusform>
            <numerusform>%n conflits à résoudre</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Syncing with the calendar servers</source>
        <translation>Synchronisation avec les serveurs de calendrier</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>La synchronisation a échoué</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Sync now: F5</source>
        <translation>Synchroniser maintenant : F5</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>Last sync: %1 %2</source>
        <translation>Dernière synchronisation : %1 %2</translation>
    </message>
</context>
<context>
    <name>TaskLists</name>
    <message>
        <source>Local calendar</source>
        <translation>Calendrier local</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>L’ordinateur n’a plus de mémoire disponible.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Details are in the log.</source>
        <translation>Un problème est survenu (%1). Les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>e.g. 3pm or 15:00</source>
        <translation>p. ex. 15h ou 15:00</translation>
    </message>
    <message>
        <source>A time, e.g. &quot;3pm&quot;, &quot;15:00&quot;, &quot;15h&quot; or &quot;noon&quot;; Up/Down step.</source>
        <translation>Une heure, p. ex. « 3pm », « 15:00 », « 15h » ou « noon » ; Haut/Bas l’ajustent.</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>All-day events</source>
        <translation>Événements sur toute la journée</translation>
    </message>
</context>
<context>
    <name>TodoDialog</name>
    <message>
        <source>New to-do</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Edit to-do</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>A une échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>a&amp;t</source>
        <translation>&amp;à</translation>
    </message>
    <message>
        <source>Due at a time of day</source>
        <translation>Échéance à une heure précise</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Heure d’échéance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>À l’heure d’échéance</translation>
    </message>
    <message>
        <source>When the reminder goes off</source>
        <translation>Quand le rappel se déclenche</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>Ra&amp;ppel :</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>&amp;Calendrier :</translation>
    </message>
    <message>
        <source>Give the to-do a title.</source>
        <translation>Donnez un titre à la tâche.</translation>
    </message>
    <message>
        <source>A reminder goes off only once the to-do has a due date.</source>
        <translation>Un rappel ne se déclenche que lorsque la tâche a une échéance.</translation>
    </message>
    <message>
        <source>Reminder: %1.</source>
        <translation>Rappel : %1.</translation>
    </message>
    <message>
        <source>Without a time, it counts from %1 on the due day.</source>
        <translation>Sans heure, il compte à partir de %1 le jour de l’échéance.</translation>
    </message>
    <message>
        <source>That time has passed, so it will not go off.</source>
        <translation>Cette heure est passée, il ne se déclenchera donc pas.</translation>
    </message>
</context>
<context>
    <name>TodoFormat</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>pas d’échéance</translation>
    </message>
</context>
<context>
    <name>TodoTableModel</name>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>A reminder is set, but it goes off only once there is a due date.</source>
        <translation>Un rappel est défini, mais il ne se déclenche qu’une fois qu’il y a une échéance.</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Rappel : %1</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non terminée</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard : %1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Calendrier : %1</translation>
    </message>
</context>
<context>
    <name>TodosView</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Search to-dos</source>
        <translation>Rechercher dans les tâches</translation>
    </message>
    <message>
        <source>Search, or #tag</source>
        <translation>Rechercher, ou #étiquette</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete selected to-dos</source>
        <translation>Supprimer les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Delete the selected to-dos (Delete)</source>
        <translation>Supprimer les tâches sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>e.g. tomorrow 9am, friday, 2026-12-24; empty for none</source>
        <translation>p. ex. demain 9h, vendredi, 2026-12-24 ; vide pour aucune</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Added “%1”; the current filter hides it.</source>
        <translation>« %1 » ajoutée ; le filtre actuel la masque.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>« %1 » supprimée.</translation>
    </message>
    <message>
        <source>Deleted %1 to-dos.</source>
        <translation>%1 tâches supprimées.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No to-dos yet. Type one above and press Enter.</source>
        <translation>Aucune tâche pour l’instant. Tapez-en une ci-dessus et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
</context>
<context>
    <name>Tool</name>
    <message>
        <source>Adding a note</source>
        <translation>Ajout d’une note</translation>
    </message>
    <message>
        <source>Adding a to-do</source>
        <translation>Ajout d’une tâche</translation>
    </message>
    <message>
        <source>Adding an event</source>
        <translation>Ajout d’un événement</translation>
    </message>
    <message>
        <source>Adding to a note</source>
        <translation>Ajout à une note</translation>
    </message>
    <message>
        <source>Adding to-dos</source>
        <translation>Ajout de tâches</translation>
    </message>
    <message>
        <source>Changing a note</source>
        <translation>Modification d’une note</translation>
    </message>
    <message>
        <source>Changing a to-do</source>
        <translation>Modification d’une tâche</translation>
    </message>
    <message>
        <source>Changing an event</source>
        <translation>Modification d’un événement</translation>
    </message>
    <message>
        <source>Checking off a to-do</source>
        <translation>Marquage d’une tâche comme terminée</translation>
    </message>
    <message>
        <source>Checking off to-dos</source>
        <translation>Marquage de tâches comme terminées</translation>
    </message>
    <message>
        <source>Creating a note</source>
        <translation>Création d’une note</translation>
    </message>
    <message>
        <source>Deleting a note</source>
        <translation>Suppression d’une note</translation>
    </message>
    <message>
        <source>Deleting a to-do</source>
        <translation>Suppression d’une tâche</translation>
    </message>
    <message>
        <source>Deleting an event</source>
        <translation>Suppression d’un événement</translation>
    </message>
    <message>
        <source>Finding free time</source>
        <translation>Recherche de temps libre</translation>
    </message>
    <message>
        <source>Finding notes</source>
        <translation>Recherche de notes</translation>
    </message>
    <message>
        <source>Looking up an event</source>
        <translation>Consultation d’un événement</translation>
    </message>
    <message>
        <source>Looking up events</source>
        <translation>Consultation des événements</translation>
    </message>
    <message>
        <source>Looking up notes</source>
        <translation>Consultation des notes</translation>
    </message>
    <message>
        <source>Looking up reminders</source>
        <translation>Consultation des rappels</translation>
    </message>
    <message>
        <source>Looking up to-dos</source>
        <translation>Consultation des tâches</translation>
    </message>
    <message>
        <source>Reading a note</source>
        <translation>Lecture d’une note</translation>
    </message>
    <message>
        <source>Reopening a to-do</source>
        <translation>Réouverture d’une tâche</translation>
    </message>
    <message>
        <source>Searching notes</source>
        <translation>Recherche dans les notes</translation>
    </message>
    <message>
        <source>Tagging a note</source>
        <translation>Étiquetage d’une note</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Show earlier messages</source>
        <translation>Afficher les messages précédents</translation>
    </message>
    <message>
        <source>Ask about your to-dos, calendar and notes, for example
“What&apos;s on tomorrow?” or “Remind me to call Anna on Friday at 5pm”.</source>
        <translation>Posez une question sur vos tâches, votre calendrier et vos notes, par exemple
« Qu’est-ce que j’ai demain ? » ou « Rappelle-moi d’appeler Anna vendredi à 17h ».</translation>
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
        <translation>&amp;Masquer la fenêtre</translation>
    </message>
    <message>
        <source>New &amp;to-do…</source>
        <translation>Nouvelle &amp;tâche…</translation>
    </message>
    <message>
        <source>&amp;Quick entry…</source>
        <translation>&amp;Saisie rapide…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Afficher la fenêtre</translation>
    </message>
    <message>
        <source>More reminders</source>
        <translation>Autres rappels</translation>
    </message>
    <message numerus="yes">
        <source>%n more reminder(s) fell due; see the calendar and to-dos.</source>
        <translation>
            <numerusform>%n autre rappel est arrivé à échéance ; voyez le calendrier et les tâches.</numerusform>
            <numerusform>%n autres rappels sont arrivés à échéance ; voyez le calendrier et les tâches.</numerusform>
        </translation>
    </message>
    <message>
        <source>All day %1</source>
        <translation>Toute la journée %1</translation>
    </message>
    <message>
        <source>Starts %1 at %2</source>
        <translation>Commence %1 à %2</translation>
    </message>
    <message>
        <source>To-do due %1</source>
        <translation>Tâche à faire %1</translation>
    </message>
    <message>
        <source>To-do due %1 at %2</source>
        <translation>Tâche à faire %1 à %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Rappel : %1</translation>
    </message>
</context>
<context>
    <name>TurnRenderer</name>
    <message>
        <source>Waiting for your approval…</source>
        <translation>En attente de votre accord…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Working: %1…</source>
        <translation>En cours : %1…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 n’a pas fonctionné : %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>The answer reached its length limit here.</source>
        <translation>La réponse a atteint ici sa longueur maximale.</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undid %1.</source>
        <translation>%1 annulé.</translation>
    </message>
    <message>
        <source>Redid %1.</source>
        <translation>%1 rétabli.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Your data is locked</source>
        <translation>Vos données sont verrouillées</translation>
    </message>
    <message>
        <source>Your data is encrypted, and the system keychain does not have its key (it may be locked, or this is another desktop session). Type the recovery key you saved when you turned encryption on.</source>
        <translation>Vos données sont chiffrées et le trousseau du système n’a pas leur clé (il est peut-être verrouillé, ou il s’agit d’une autre session de bureau). Tapez la clé de récupération enregistrée quand vous avez activé le chiffrement.</translation>
    </message>
    <message>
        <source>Your data is encrypted, and the system keychain does not have its key (it may be locked, or this is another desktop session). Type your passphrase, or the recovery key you saved when you turned encryption on.</source>
        <translation>Vos données sont chiffrées et le trousseau du système n’a pas leur clé (il est peut-être verrouillé, ou il s’agit d’une autre session de bureau). Tapez votre phrase secrète, ou la clé de récupération enregistrée quand vous avez activé le chiffrement.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Erreur de déverrouillage</translation>
    </message>
    <message>
        <source>&amp;Keep the key in the keychain of this computer</source>
        <translation>&amp;Garder la clé dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>No keychain works here, so the recovery key is asked for at each start.</source>
        <translation>Aucun trousseau ne fonctionne ici, la clé de récupération est donc demandée à chaque démarrage.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
        <source>That recovery key does not open your data. Check it and try again.</source>
        <translation>Cette clé de récupération n’ouvre pas vos données. Vérifiez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>UpdateController</name>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>The setup is running; the app closes now.</source>
        <translation>La configuration est en cours ; l’application se ferme maintenant.</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>&amp;Check once a day</source>
        <translation>&amp;Vérifier une fois par jour</translation>
    </message>
    <message>
        <source>&amp;No, thanks</source>
        <translation>&amp;Non merci</translation>
    </message>
    <message>
        <source>Open the &amp;release page</source>
        <translation>Ouvrir la page de la &amp;version</translation>
    </message>
    <message>
        <source>Download and &amp;install</source>
        <translation>Télécharger et &amp;installer</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Check for new versions? The app would send %1.</source>
        <translation>Rechercher de nouvelles versions ? L’application enverrait %1.</translation>
    </message>
    <message>
        <source>Assistant %1 is available (you have %2).</source>
        <translation>Assistant %1 est disponible (vous avez la %2).</translation>
    </message>
</context>
<context>
    <name>UpdatesBox</name>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>&amp;Check for updates once a day</source>
        <translation>&amp;Rechercher les mises à jour une fois par jour</translation>
    </message>
    <message>
        <source>When on, the app sends %1. Nothing is sent while this is off.</source>
        <translation>Si activé, l’application envoie %1. Rien n’est envoyé tant que c’est désactivé.</translation>
    </message>
    <message>
        <source>Update check status</source>
        <translation>État de la recherche de mises à jour</translation>
    </message>
</context>
<context>
    <name>UserBubble</name>
    <message>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Pasted text: read only, nothing will be changed.</source>
        <translation>Texte collé : lecture seule, rien ne sera modifié.</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <source>Show all %1 lines</source>
        <translation>Afficher les %1 lignes</translation>
    </message>
</context>
<context>
    <name>WindowsToastNotifier</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
