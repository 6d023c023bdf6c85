<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FieldEditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>akdesk::AboutDialog</name>
    <message>
        <source>About akdesk</source>
        <translation>À propos d&apos;akdesk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Administer the flows and stages of an authentik server.</source>
        <translation>Administrer les flux et les étapes d&apos;un serveur authentik.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the versions of akdesk, Qt and the server for a bug report</source>
        <translation>Copier les versions d&apos;akdesk, de Qt et du serveur pour un rapport de bogue</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>%1 — working offline, so its version was not asked</source>
        <translation>%1 — hors ligne, sa version n&apos;a donc pas été demandée</translation>
    </message>
    <message>
        <source>%1 — asking for its version…</source>
        <translation>%1 — demande de sa version…</translation>
    </message>
    <message>
        <source>%1 — not connected: %2</source>
        <translation>%1 — non connecté&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — the server did not say which version it runs</source>
        <translation>%1 — le serveur n&apos;a pas indiqué quelle version il exécute</translation>
    </message>
    <message>
        <source>%1 — authentik %2 (as last seen %3; the server cannot be reached now)</source>
        <translation>%1 — authentik %2 (vu pour la dernière fois %3&#xa0;; le serveur est injoignable pour l&apos;instant)</translation>
    </message>
    <message>
        <source>%1 — authentik %2</source>
        <translation>%1 — authentik %2</translation>
    </message>
    <message>
        <source>akdesk is free software under the MIT licence:</source>
        <translation>akdesk est un logiciel libre sous licence MIT&#xa0;:</translation>
    </message>
    <message>
        <source>akdesk builds on:</source>
        <translation>akdesk s&apos;appuie sur&#xa0;:</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v3 (LGPL-3.0-only)</source>
        <translation>GNU Lesser General Public License v3 (LGPL-3.0-only)</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>BSD 3-Clause licence</source>
        <translation>Licence BSD à 3 clauses</translation>
    </message>
    <message>
        <source>authentik API schema</source>
        <translation>Schéma de l&apos;API authentik</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>Licence MIT</translation>
    </message>
    <message>
        <source>Qt is used as shared libraries of your system, which you may replace with your own build.</source>
        <translation>Qt est utilisé sous forme de bibliothèques partagées de votre système, que vous pouvez remplacer par votre propre compilation.</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>non écrit</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Fichier journal&#xa0;:</translation>
    </message>
    <message>
        <source>Copy &amp;log</source>
        <translation>Copier le &amp;journal</translation>
    </message>
    <message>
        <source>akdesk could not write a log file in this session</source>
        <translation>akdesk n&apos;a pas pu écrire de fichier journal pendant cette session</translation>
    </message>
    <message>
        <source>Copy the versions and the log&apos;s recent lines for a bug report (tokens are already removed)</source>
        <translation>Copier les versions et les dernières lignes du journal pour un rapport de bogue (les jetons sont déjà retirés)</translation>
    </message>
</context>
<context>
    <name>akdesk::AddBindingDialog</name>
    <message>
        <source>Add a stage to “%1”</source>
        <translation>Ajouter une étape à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Choose a stage…</source>
        <translation>Choisir une étape…</translation>
    </message>
    <message>
        <source>Stages run in ascending order.</source>
        <translation>Les étapes s&apos;exécutent dans l&apos;ordre croissant.</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre&#xa0;:</translation>
    </message>
    <message>
        <source>The stage itself is not changed; it also runs in this flow.</source>
        <translation>L&apos;étape elle-même n&apos;est pas modifiée&#xa0;; elle s&apos;exécute aussi dans ce flux.</translation>
    </message>
    <message>
        <source>Choose the stage to bind first.</source>
        <translation>Choisissez d&apos;abord l&apos;étape à lier.</translation>
    </message>
</context>
<context>
    <name>akdesk::ApiClient</name>
    <message>
        <source>no valid server address is set</source>
        <translation>aucune adresse de serveur valide n&apos;est définie</translation>
    </message>
</context>
<context>
    <name>akdesk::ApiError</name>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>akdesk does not send the token over plain http to another computer; use https, or confirm the exception in the connection&apos;s settings</source>
        <translation>akdesk n&apos;envoie pas le jeton en http non chiffré vers un autre ordinateur&#xa0;; utilisez https ou confirmez l&apos;exception dans les paramètres de la connexion</translation>
    </message>
    <message>
        <source>the answer is larger than %1, more than any answer akdesk expects</source>
        <translation>la réponse dépasse %1, plus qu&apos;akdesk n&apos;attend d&apos;aucune réponse</translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation>Le serveur a rejeté la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP %1).</source>
        <translation>Le serveur a rejeté la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>Not signed in: the token was refused (HTTP %1).</source>
        <translation>Non connecté&#xa0;: le jeton a été refusé (HTTP %1).</translation>
    </message>
    <message>
        <source>Not signed in: the token was refused (%1)</source>
        <translation>Non connecté&#xa0;: le jeton a été refusé (%1)</translation>
    </message>
    <message>
        <source>Not allowed (HTTP %1).</source>
        <translation>Non autorisé (HTTP %1).</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation>Introuvable (HTTP 404).</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The object was changed or already exists on the server (HTTP %1).</source>
        <translation>L&apos;objet a été modifié ou existe déjà sur le serveur (HTTP %1).</translation>
    </message>
    <message>
        <source>The server is receiving too many requests; try again later (HTTP 429).</source>
        <translation>Le serveur reçoit trop de requêtes&#xa0;; réessayez plus tard (HTTP 429).</translation>
    </message>
    <message>
        <source>The proxy in front of the server got no answer from it (HTTP %1).</source>
        <translation>Le proxy devant le serveur n&apos;a pas reçu de réponse de sa part (HTTP %1).</translation>
    </message>
    <message>
        <source>The server is unavailable at the moment (HTTP 503).</source>
        <translation>Le serveur est indisponible pour le moment (HTTP 503).</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1).</source>
        <translation>Le serveur a rencontré une erreur interne (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Le serveur a répondu avec HTTP %1.</translation>
    </message>
    <message>
        <source>The server did not answer within %1.</source>
        <translation>Le serveur n&apos;a pas répondu dans les %1.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused</source>
        <translation>Impossible de se connecter à %1&#xa0;: connexion refusée</translation>
    </message>
    <message>
        <source>Could not connect to %1: host not found</source>
        <translation>Impossible de se connecter à %1&#xa0;: hôte introuvable</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the answer arrived</source>
        <translation>La connexion à %1 a été fermée avant l&apos;arrivée de la réponse</translation>
    </message>
    <message>
        <source>Could not connect securely to %1: %2 Nothing was sent. Certificate: %3</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec %1&#xa0;: %2 Rien n&apos;a été envoyé. Certificat&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not connect securely to %1: %2</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation>Impossible de joindre %1.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>akdesk is working offline; nothing was sent to the server.</source>
        <translation>akdesk travaille hors ligne&#xa0;; rien n&apos;a été envoyé au serveur.</translation>
    </message>
    <message>
        <source>The server sent an answer akdesk could not read.</source>
        <translation>Le serveur a envoyé une réponse qu&apos;akdesk n&apos;a pas pu lire.</translation>
    </message>
    <message>
        <source>The server sent an answer akdesk could not read: %1</source>
        <translation>Le serveur a envoyé une réponse qu&apos;akdesk n&apos;a pas pu lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server sent akdesk on to another address (%1); akdesk does not follow it, so that your token goes only to %2. Check the server URL of the connection</source>
        <translation>le serveur a redirigé akdesk vers une autre adresse (%1)&#xa0;; akdesk ne la suit pas, afin que votre jeton n’aille qu’à %2. Vérifiez l’URL du serveur de la connexion</translation>
    </message>
    <message>
        <source>the server&apos;s redirects go round in a circle; check the server URL of the connection and the proxy in front of authentik</source>
        <translation>les redirections du serveur tournent en rond&#xa0;; vérifiez l’URL du serveur de la connexion et le proxy devant authentik</translation>
    </message>
    <message>
        <source>Redirect not followed: %1.</source>
        <translation>Redirection non suivie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>its compressed (%1) answer could not be unpacked: it is damaged, or it would grow far beyond the size it was sent as (a decompression bomb), so akdesk stopped reading it</source>
        <translation>sa réponse compressée (%1) n&apos;a pas pu être décompressée&#xa0;: elle est endommagée, ou elle grossirait bien au-delà de la taille envoyée (une bombe de décompression), donc akdesk a cessé de la lire</translation>
    </message>
    <message>
        <source>The server&apos;s answer came too slowly: it had not arrived completely after %1.</source>
        <translation>La réponse du serveur est arrivée trop lentement&#xa0;: elle n&apos;était pas complète au bout de %1.</translation>
    </message>
</context>
<context>
    <name>akdesk::ApiReply</name>
    <message>
        <source>%1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation>%1, émis par %2, valide du %3 au %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>no HTTP status in the answer</source>
        <translation>pas de statut HTTP dans la réponse</translation>
    </message>
    <message>
        <source>the answer to %1 %2 was empty, JSON was expected</source>
        <translation>la réponse à %1 %2 était vide, du JSON était attendu</translation>
    </message>
    <message>
        <source>the answer to %1 %2 is not JSON (%3 at byte %4)</source>
        <translation>la réponse à %1 %2 n&apos;est pas du JSON (%3 à l&apos;octet %4)</translation>
    </message>
    <message>
        <source>the answer to GET %1 is not a paged list (no &quot;results&quot;)</source>
        <translation>la réponse à GET %1 n&apos;est pas une liste paginée (pas de «&#xa0;results&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>akdesk::AppSession</name>
    <message>
        <source>akdesk</source>
        <translation>akdesk</translation>
    </message>
    <message>
        <source>There is no connection named “%1”.</source>
        <translation>Il n&apos;y a pas de connexion nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Drafts cannot be kept on disk (%1). akdesk works, but an edit is only safe once it is saved to the server.</source>
        <translation>Les brouillons ne peuvent pas être conservés sur le disque (%1). akdesk fonctionne, mais une modification n&apos;est sûre qu&apos;une fois enregistrée sur le serveur.</translation>
    </message>
    <message>
        <source>The embedded sandbox could not listen on 127.0.0.1.</source>
        <translation>Le bac à sable intégré n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>bundled schema %1</source>
        <translation>schéma fourni %1</translation>
    </message>
    <message>
        <source>akdesk — %1 (%2)</source>
        <translation>akdesk — %1 (%2)</translation>
    </message>
    <message>
        <source>Working offline with the lists fetched last (%1)</source>
        <translation>Hors ligne avec les listes récupérées en dernier (%1)</translation>
    </message>
    <message>
        <source>Connected to %1, using %2</source>
        <translation>Connecté à %1, avec %2</translation>
    </message>
    <message>
        <source>Welcome to akdesk</source>
        <translation>Bienvenue dans akdesk</translation>
    </message>
    <message>
        <source>akdesk administers the flows and stages of an authentik server.</source>
        <translation>akdesk administre les flux et les étapes d&apos;un serveur authentik.</translation>
    </message>
    <message>
        <source>Connect to your server with an API token, try everything on the embedded sandbox (a small authentik on this computer), or work offline.</source>
        <translation>Connectez-vous à votre serveur avec un jeton d&apos;API, essayez tout dans le bac à sable intégré (un petit authentik sur cet ordinateur) ou travaillez hors ligne.</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox</source>
        <translation>Ouvrir le &amp;bac à sable</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Travailler hors &amp;ligne</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The certificate is trusted for “%1” (%2). Refresh to load again.</source>
        <translation>Le certificat est approuvé pour «&#xa0;%1&#xa0;» (%2). Actualisez pour recharger.</translation>
    </message>
    <message>
        <source>Nothing to show offline yet</source>
        <translation>Rien à afficher hors ligne pour l’instant</translation>
    </message>
    <message>
        <source>Working offline shows the lists and records akdesk fetched before from “%1”, and nothing has been fetched yet. Connect to a server or open the sandbox once; after that, akdesk can work offline with what it fetched.</source>
        <translation>Hors ligne, akdesk affiche les listes et enregistrements déjà récupérés depuis «&#xa0;%1&#xa0;», et rien n’a encore été récupéré. Connectez-vous une fois à un serveur ou ouvrez le bac à sable&#xa0;; ensuite, akdesk pourra travailler hors ligne avec ce qu’il a récupéré.</translation>
    </message>
    <message>
        <source>“%1” is already open in another akdesk (process %2).</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert dans un autre akdesk (processus %2).</translation>
    </message>
    <message>
        <source>Its window was brought forward.</source>
        <translation>Sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>One akdesk per connection keeps its drafts from overwriting each other. Work in that window, or open another connection here.</source>
        <translation>Un seul akdesk par connexion évite que ses brouillons s&apos;écrasent mutuellement. Travaillez dans cette fenêtre, ou ouvrez ici une autre connexion.</translation>
    </message>
    <message>
        <source>Open &amp;another connection…</source>
        <translation>Ouvrir une &amp;autre connexion…</translation>
    </message>
    <message>
        <source>The server now runs authentik %1: open the connection again to use its schema.</source>
        <translation>Le serveur utilise désormais authentik %1&#xa0;: ouvrez de nouveau la connexion pour utiliser son schéma.</translation>
    </message>
</context>
<context>
    <name>akdesk::BindingSetTest</name>
    <message>
        <source>Disabled: not evaluated.</source>
        <translation>Désactivée&#xa0;: non évaluée.</translation>
    </message>
    <message>
        <source>This is the bound user.</source>
        <translation>C’est l’utilisateur lié.</translation>
    </message>
    <message>
        <source>Another user is bound.</source>
        <translation>Un autre utilisateur est lié.</translation>
    </message>
    <message>
        <source>The user&apos;s groups could not be read: %1</source>
        <translation>Les groupes de l’utilisateur n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The user is a member of this group.</source>
        <translation>L’utilisateur est membre de ce groupe.</translation>
    </message>
    <message>
        <source>The user is not a member of this group.</source>
        <translation>L’utilisateur n’est pas membre de ce groupe.</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>Non testée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>akdesk::BindingSetTestDialog</name>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Test who reaches %1</source>
        <translation>Tester qui atteint %1</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>The server&apos;s log lines appear here.</source>
        <translation>Les lignes de journal du serveur apparaissent ici.</translation>
    </message>
    <message>
        <source>Every enabled binding must pass (policy engine mode “all”).</source>
        <translation>Chaque liaison activée doit réussir (mode du moteur de politiques «&#xa0;all&#xa0;»).</translation>
    </message>
    <message>
        <source>One enabled binding must pass (policy engine mode “any”).</source>
        <translation>Une liaison activée doit réussir (mode du moteur de politiques «&#xa0;any&#xa0;»).</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Journal&#xa0;:</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Réussit</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Skipped (disabled)</source>
        <translation>Ignorée (désactivée)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>%1 passes: the set lets this user through.</source>
        <translation>%1 réussit&#xa0;: les liaisons laissent passer cet utilisateur.</translation>
    </message>
    <message>
        <source>%1 is denied by the set.</source>
        <translation>%1 est refusé par les liaisons.</translation>
    </message>
    <message>
        <source>Unknown for %1: a policy the server could not test decides it.</source>
        <translation>Inconnu pour %1&#xa0;: une politique que le serveur n’a pas pu tester en décide.</translation>
    </message>
</context>
<context>
    <name>akdesk::BindingsModel</name>
    <message>
        <source>Could not read the flow&apos;s bindings</source>
        <translation>Impossible de lire les liaisons du flux</translation>
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
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Evaluate on plan</source>
        <translation>Évaluer à la planification</translation>
    </message>
    <message>
        <source>Re-evaluate policies</source>
        <translation>Réévaluer les politiques</translation>
    </message>
    <message>
        <source>Invalid response</source>
        <translation>Réponse invalide</translation>
    </message>
    <message>
        <source>Policy mode</source>
        <translation>Mode des politiques</translation>
    </message>
    <message>
        <source>another administrator changed the flow&apos;s order meanwhile</source>
        <translation>un autre administrateur a modifié l’ordre du flux entre-temps</translation>
    </message>
    <message>
        <source>The new order was not saved; nothing was sent. Showing the server&apos;s order</source>
        <translation>Le nouvel ordre n’a pas été enregistré&#xa0;; rien n’a été envoyé. L’ordre du serveur est affiché</translation>
    </message>
    <message>
        <source>The new order was not saved; the flow&apos;s order is back as it was</source>
        <translation>Le nouvel ordre n’a pas été enregistré&#xa0;; l’ordre du flux est revenu tel qu’il était</translation>
    </message>
    <message>
        <source>The new order was not saved, and %1 could not be put back to its order; check the flow&apos;s order</source>
        <translation>Le nouvel ordre n’a pas été enregistré, et %1 n’a pas pu être remis à son ordre&#xa0;; vérifiez l’ordre du flux</translation>
    </message>
    <message>
        <source>The new order was not sent; it is kept as a draft in conflict. Review it under Drafts</source>
        <translation>Le nouvel ordre n&apos;a pas été envoyé ; il est conservé comme brouillon en conflit. Examinez-le dans Brouillons</translation>
    </message>
    <message>
        <source>The server cannot be reached and the new order could not be kept as a draft</source>
        <translation>Le serveur est injoignable et le nouvel ordre n&apos;a pas pu être conservé comme brouillon</translation>
    </message>
    <message>
        <source>akdesk is working offline; the new order is kept as a draft and sent, as one change, when you go online.</source>
        <translation>akdesk travaille hors ligne ; le nouvel ordre est conservé comme brouillon et envoyé, en une seule modification, quand vous repasserez en ligne.</translation>
    </message>
    <message>
        <source>The server cannot be reached; the new order is kept as a draft and sent, as one change, with the next sync.</source>
        <translation>Le serveur est injoignable ; le nouvel ordre est conservé comme brouillon et envoyé, en une seule modification, à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>akdesk::BlueprintImport</name>
    <message>
        <source>The blueprint cannot be read:
%1</source>
        <translation>Le blueprint ne peut pas être lu :
%1</translation>
    </message>
    <message>
        <source>Could not read %1 from the server: %2</source>
        <translation>Impossible de lire %1 sur le serveur : %2</translation>
    </message>
    <message>
        <source>The server cannot be reached; a preview needs what it holds now, not what was cached.</source>
        <translation>Le serveur est injoignable ; un aperçu a besoin de son état actuel, pas de celui en cache.</translation>
    </message>
    <message>
        <source>Importing on the server</source>
        <translation>Import sur le serveur</translation>
    </message>
    <message>
        <source>The server refused the blueprint; nothing was changed.</source>
        <translation>Le serveur a refusé le blueprint ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>akdesk knows no API for %1.</source>
        <translation>akdesk ne connaît pas d’API pour %1.</translation>
    </message>
    <message>
        <source>It needs %1, which is not chosen to be created.</source>
        <translation>Il lui faut %1, qui n’est pas choisi pour être créé.</translation>
    </message>
</context>
<context>
    <name>akdesk::BlueprintProblem</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
</context>
<context>
    <name>akdesk::ChangeSummaryDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message numerus="yes">
        <source>These %n field(s) will change on the server:</source>
        <translation>
            <numerusform>%n champ va changer sur le serveur&#xa0;:</numerusform>
            <numerusform>%n champs vont changer sur le serveur&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>After saving</source>
        <translation>Après l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>akdesk::Choice</name>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Invalidation</source>
        <translation>Invalidation</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Unenrollment</source>
        <translation>Désinscription</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Stage configuration</source>
        <translation>Configuration d&apos;étape</translation>
    </message>
    <message>
        <source>Require superuser</source>
        <translation>Superutilisateur requis</translation>
    </message>
    <message>
        <source>Require token</source>
        <translation>Jeton requis</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Empilé</translation>
    </message>
    <message>
        <source>Content left</source>
        <translation>Contenu à gauche</translation>
    </message>
    <message>
        <source>Content right</source>
        <translation>Contenu à droite</translation>
    </message>
    <message>
        <source>Sidebar left</source>
        <translation>Barre latérale à gauche</translation>
    </message>
    <message>
        <source>Sidebar right</source>
        <translation>Barre latérale à droite</translation>
    </message>
    <message>
        <source>Sidebar left frame background</source>
        <translation>Barre latérale à gauche, arrière-plan encadré</translation>
    </message>
    <message>
        <source>Sidebar right frame background</source>
        <translation>Barre latérale à droite, arrière-plan encadré</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>No requirement</source>
        <translation>Aucune exigence</translation>
    </message>
    <message>
        <source>Require authentication</source>
        <translation>Authentification requise</translation>
    </message>
    <message>
        <source>Require no authentication</source>
        <translation>Sans authentification uniquement</translation>
    </message>
    <message>
        <source>Require being redirected from another flow</source>
        <translation>Uniquement après redirection depuis un autre flux</translation>
    </message>
    <message>
        <source>Require an outpost (run only from an outpost)</source>
        <translation>Avant-poste requis (exécutable uniquement depuis un avant-poste)</translation>
    </message>
    <message>
        <source>Any policy must match</source>
        <translation>Au moins une politique doit correspondre</translation>
    </message>
    <message>
        <source>All policies must match</source>
        <translation>Toutes les politiques doivent correspondre</translation>
    </message>
    <message>
        <source>Follow ?next, else show a message</source>
        <translation>Suivre ?next, sinon afficher un message</translation>
    </message>
    <message>
        <source>Show a message</source>
        <translation>Afficher un message</translation>
    </message>
    <message>
        <source>Follow ?next, else open the default interface</source>
        <translation>Suivre ?next, sinon ouvrir l’interface par défaut</translation>
    </message>
    <message>
        <source>Retry: show the error and ask again</source>
        <translation>Réessayer : afficher l’erreur et redemander</translation>
    </message>
    <message>
        <source>Restart the flow</source>
        <translation>Redémarrer le flux</translation>
    </message>
    <message>
        <source>Restart the flow, keeping its context</source>
        <translation>Redémarrer le flux en gardant son contexte</translation>
    </message>
    <message>
        <source>User database + standard password</source>
        <translation>Base d’utilisateurs + mot de passe standard</translation>
    </message>
    <message>
        <source>User database + app passwords</source>
        <translation>Base d’utilisateurs + mots de passe d’application</translation>
    </message>
    <message>
        <source>User database + LDAP password</source>
        <translation>Base d’utilisateurs + mot de passe LDAP</translation>
    </message>
    <message>
        <source>User database + Kerberos password</source>
        <translation>Base d’utilisateurs + mot de passe Kerberos</translation>
    </message>
    <message>
        <source>Continue without a device</source>
        <translation>Continuer sans appareil</translation>
    </message>
    <message>
        <source>Deny the user access</source>
        <translation>Refuser l’accès à l’utilisateur</translation>
    </message>
    <message>
        <source>Make the user configure an authenticator</source>
        <translation>Obliger l’utilisateur à configurer un authentificateur</translation>
    </message>
    <message>
        <source>Static tokens</source>
        <translation>Jetons statiques</translation>
    </message>
    <message>
        <source>TOTP authenticators</source>
        <translation>Authentificateurs TOTP</translation>
    </message>
    <message>
        <source>WebAuthn authenticators</source>
        <translation>Authentificateurs WebAuthn</translation>
    </message>
    <message>
        <source>Duo authenticators</source>
        <translation>Authentificateurs Duo</translation>
    </message>
    <message>
        <source>SMS-based authenticators</source>
        <translation>Authentificateurs par SMS</translation>
    </message>
    <message>
        <source>Email-based authenticators</source>
        <translation>Authentificateurs par e-mail</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <source>Discouraged</source>
        <translation>Déconseillé</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Clé de sécurité</translation>
    </message>
    <message>
        <source>This device (built-in authenticator)</source>
        <translation>Cet appareil (authentificateur intégré)</translation>
    </message>
    <message>
        <source>Phone or tablet (hybrid)</source>
        <translation>Téléphone ou tablette (hybride)</translation>
    </message>
    <message>
        <source>Built into the device</source>
        <translation>Intégré à l’appareil</translation>
    </message>
    <message>
        <source>Removable (e.g. a security key)</source>
        <translation>Amovible (p. ex. une clé de sécurité)</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 chiffres</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 chiffres</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Bearer</source>
        <translation>Bearer</translation>
    </message>
    <message>
        <source>Form data (application/x-www-form-urlencoded)</source>
        <translation>Données de formulaire (application/x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>JSON (application/json)</source>
        <translation>JSON (application/json)</translation>
    </message>
    <message>
        <source>Always require consent</source>
        <translation>Toujours demander le consentement</translation>
    </message>
    <message>
        <source>Consent given lasts indefinitely</source>
        <translation>Le consentement donné vaut sans limite</translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation>Le consentement expire</translation>
    </message>
    <message>
        <source>Static URL</source>
        <translation>URL fixe</translation>
    </message>
    <message>
        <source>Another flow</source>
        <translation>Un autre flux</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>Nom commun</translation>
    </message>
    <message>
        <source>Missing property</source>
        <translation>Propriété manquante</translation>
    </message>
    <message>
        <source>No binding</source>
        <translation>Aucune liaison</translation>
    </message>
    <message>
        <source>Bind ASN</source>
        <translation>Lier à l’ASN</translation>
    </message>
    <message>
        <source>Bind ASN and network</source>
        <translation>Lier à l’ASN et au réseau</translation>
    </message>
    <message>
        <source>Bind ASN, network and IP</source>
        <translation>Lier à l’ASN, au réseau et à l’IP</translation>
    </message>
    <message>
        <source>Bind continent</source>
        <translation>Lier au continent</translation>
    </message>
    <message>
        <source>Bind continent and country</source>
        <translation>Lier au continent et au pays</translation>
    </message>
    <message>
        <source>Bind continent, country and city</source>
        <translation>Lier au continent, au pays et à la ville</translation>
    </message>
    <message>
        <source>Never create users</source>
        <translation>Ne jamais créer d’utilisateurs</translation>
    </message>
    <message>
        <source>Create users when required</source>
        <translation>Créer les utilisateurs si nécessaire</translation>
    </message>
    <message>
        <source>Always create new users</source>
        <translation>Toujours créer de nouveaux utilisateurs</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <source>Internal service account</source>
        <translation>Compte de service interne</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>User written</source>
        <translation>Utilisateur enregistré</translation>
    </message>
    <message>
        <source>User offboarded</source>
        <translation>Utilisateur désactivé (départ)</translation>
    </message>
    <message>
        <source>Suspicious request</source>
        <translation>Requête suspecte</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Mot de passe défini</translation>
    </message>
    <message>
        <source>Secret viewed</source>
        <translation>Secret consulté</translation>
    </message>
    <message>
        <source>Secret rotated</source>
        <translation>Secret renouvelé</translation>
    </message>
    <message>
        <source>Invitation used</source>
        <translation>Invitation utilisée</translation>
    </message>
    <message>
        <source>Application authorized</source>
        <translation>Application autorisée</translation>
    </message>
    <message>
        <source>Source linked</source>
        <translation>Source liée</translation>
    </message>
    <message>
        <source>Impersonation started</source>
        <translation>Usurpation d’identité commencée</translation>
    </message>
    <message>
        <source>Impersonation ended</source>
        <translation>Usurpation d’identité terminée</translation>
    </message>
    <message>
        <source>Flow executed</source>
        <translation>Flux exécuté</translation>
    </message>
    <message>
        <source>Policy executed</source>
        <translation>Politique exécutée</translation>
    </message>
    <message>
        <source>Policy exception</source>
        <translation>Exception de politique</translation>
    </message>
    <message>
        <source>Property mapping exception</source>
        <translation>Exception de correspondance de propriété</translation>
    </message>
    <message>
        <source>System task executed</source>
        <translation>Tâche système exécutée</translation>
    </message>
    <message>
        <source>System task exception</source>
        <translation>Exception de tâche système</translation>
    </message>
    <message>
        <source>System exception</source>
        <translation>Exception système</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Erreur de configuration</translation>
    </message>
    <message>
        <source>Configuration warning</source>
        <translation>Avertissement de configuration</translation>
    </message>
    <message>
        <source>Model created</source>
        <translation>Modèle créé</translation>
    </message>
    <message>
        <source>Model updated</source>
        <translation>Modèle mis à jour</translation>
    </message>
    <message>
        <source>Model deleted</source>
        <translation>Modèle supprimé</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-mail envoyé</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Mise à jour disponible</translation>
    </message>
    <message>
        <source>Export ready</source>
        <translation>Export prêt</translation>
    </message>
    <message>
        <source>Review initiated</source>
        <translation>Révision lancée</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Révision en retard</translation>
    </message>
    <message>
        <source>Review attested</source>
        <translation>Révision attestée</translation>
    </message>
    <message>
        <source>Review completed</source>
        <translation>Révision terminée</translation>
    </message>
    <message>
        <source>Access request created</source>
        <translation>Demande d’accès créée</translation>
    </message>
    <message>
        <source>Access request approved</source>
        <translation>Demande d’accès approuvée</translation>
    </message>
    <message>
        <source>Access request denied</source>
        <translation>Demande d’accès refusée</translation>
    </message>
    <message>
        <source>Access request revoked</source>
        <translation>Demande d’accès révoquée</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Événement personnalisé</translation>
    </message>
</context>
<context>
    <name>akdesk::ChoiceListEditor</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrer %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Click to list the choices</source>
        <translation>Cliquez pour afficher les choix</translation>
    </message>
</context>
<context>
    <name>akdesk::CloneFlowDialog</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Clone “%1”</source>
        <translation>Cloner «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Cloner</translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation>Slug&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>%1 failed: %2
%3</source>
        <translation>Échec de %1&#xa0;: %2
%3</translation>
    </message>
    <message>
        <source>Nothing was left behind.</source>
        <translation>Rien n&apos;a été laissé derrière.</translation>
    </message>
    <message>
        <source>The new flow “%1” may still exist; check the flow list.</source>
        <translation>Le nouveau flux «&#xa0;%1&#xa0;» existe peut-être encore&#xa0;; vérifiez la liste des flux.</translation>
    </message>
    <message>
        <source>Copy the stages too (each under a new name)</source>
        <translation>Copier aussi les étapes (chacune sous un nouveau nom)</translation>
    </message>
    <message>
        <source>A new flow with the same settings, a copy of every stage binding (same stages, orders and options) and of the policy, group and user bindings of the flow and of each stage binding.</source>
        <translation>Un nouveau flux avec les mêmes réglages, une copie de chaque liaison d’étape (mêmes étapes, ordres et options) et des liaisons de politiques, de groupes et d’utilisateurs du flux et de chaque liaison d’étape.</translation>
    </message>
    <message>
        <source>Without this the clone binds the same stages as the original; with it, each stage is copied as “&lt;name&gt; (copy)” and the copies are bound.</source>
        <translation>Sans cette option, le clone lie les mêmes étapes que l’original&#xa0;; avec elle, chaque étape est copiée sous «&#xa0;&lt;nom&gt; (copie)&#xa0;» et les copies sont liées.</translation>
    </message>
</context>
<context>
    <name>akdesk::CodeFieldEditor</name>
    <message>
        <source>Python. Tab indents by four spaces; Ctrl+Tab moves to the next field.</source>
        <translation>Python. Tab indente de quatre espaces&#xa0;; Ctrl+Tab passe au champ suivant.</translation>
    </message>
</context>
<context>
    <name>akdesk::CommandPalette</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Type an action, a list, a stage or a flow…</source>
        <translation>Tapez une action, une liste, une étape ou un flux…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Up and Down choose a result, Enter goes there, Escape closes.</source>
        <translation>Haut et Bas choisissent un résultat, Entrée y va, Échap ferme.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Searching stages and flows…</source>
        <translation>Recherche des étapes et des flux…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Rien ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Type to search stages and flows on the server too.</source>
        <translation>Tapez pour chercher aussi les étapes et les flux sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::ConflictDialog</name>
    <message>
        <source>Resolve conflicts — %1</source>
        <translation>Résoudre les conflits — %1</translation>
    </message>
    <message>
        <source>“%1” was changed on the server after you started editing it. For each field both of you changed, choose which value to keep. Nothing is sent until you apply.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié sur le serveur après que vous avez commencé à le modifier. Pour chaque champ que vous avez tous deux modifié, choisissez la valeur à garder. Rien n&apos;est envoyé avant que vous appliquiez.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Au début de votre modification</translation>
    </message>
    <message>
        <source>Server now</source>
        <translation>Serveur maintenant</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>(not on the server)</source>
        <translation>(absent du serveur)</translation>
    </message>
    <message>
        <source>yours (only you changed it)</source>
        <translation>la vôtre (vous seul l&apos;avez modifiée)</translation>
    </message>
    <message>
        <source>the server&apos;s (only the server changed it)</source>
        <translation>celle du serveur (seul le serveur l&apos;a modifiée)</translation>
    </message>
    <message>
        <source>both: %1</source>
        <translation>les deux&#xa0;: %1</translation>
    </message>
    <message>
        <source>no change needed</source>
        <translation>aucune modification nécessaire</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma valeur</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>Valeur du serveur</translation>
    </message>
    <message>
        <source>Edit:</source>
        <translation>Modifier&#xa0;:</translation>
    </message>
    <message>
        <source>Keep my value of %1</source>
        <translation>Garder ma valeur de %1</translation>
    </message>
    <message>
        <source>Take the server&apos;s value of %1</source>
        <translation>Prendre la valeur du serveur pour %1</translation>
    </message>
    <message>
        <source>Edit the value of %1</source>
        <translation>Modifier la valeur de %1</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Valeur de %1</translation>
    </message>
    <message>
        <source>&amp;Apply and sync</source>
        <translation>&amp;Appliquer et synchroniser</translation>
    </message>
    <message>
        <source>All &amp;mine</source>
        <translation>Toutes les &amp;miennes</translation>
    </message>
    <message>
        <source>All the &amp;server&apos;s</source>
        <translation>Toutes celles du &amp;serveur</translation>
    </message>
</context>
<context>
    <name>akdesk::ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>The server address is not a URL (e.g. https://auth.example.com).</source>
        <translation>L&apos;adresse du serveur n&apos;est pas une URL (par ex. https://auth.example.com).</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for this computer).</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (ou http:// pour cet ordinateur).</translation>
    </message>
    <message>
        <source>Plain http to %1 would send the token unencrypted; use https, or confirm the exception.</source>
        <translation>Le http non chiffré vers %1 enverrait le jeton en clair&#xa0;; utilisez https ou confirmez l&apos;exception.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>Le délai d&apos;attente doit être compris entre 1 et 600 secondes.</translation>
    </message>
</context>
<context>
    <name>akdesk::ConnectionTester</name>
    <message>
        <source>Server reachable</source>
        <translation>Serveur joignable</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Connexion sécurisée (TLS)</translation>
    </message>
    <message>
        <source>Token accepted</source>
        <translation>Jeton accepté</translation>
    </message>
    <message>
        <source>authentik version</source>
        <translation>Version d&apos;authentik</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>akdesk is working offline; turn it off to test the connection.</source>
        <translation>akdesk travaille hors ligne&#xa0;; désactivez ce mode pour tester la connexion.</translation>
    </message>
    <message>
        <source>%1 answers.</source>
        <translation>%1 répond.</translation>
    </message>
    <message>
        <source>The certificate is trusted.</source>
        <translation>Le certificat est approuvé.</translation>
    </message>
    <message>
        <source>plain http (allowed for this computer or by your exception)</source>
        <translation>http non chiffré (autorisé pour cet ordinateur ou par votre exception)</translation>
    </message>
    <message>
        <source>The token was refused: %1</source>
        <translation>Le jeton a été refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token is accepted.</source>
        <translation>Le jeton est accepté.</translation>
    </message>
    <message>
        <source>The token belongs to %1.</source>
        <translation>Le jeton appartient à %1.</translation>
    </message>
    <message>
        <source>The server did not say which version it runs.</source>
        <translation>Le serveur n&apos;a pas indiqué quelle version il exécute.</translation>
    </message>
    <message>
        <source>authentik %1</source>
        <translation>authentik %1</translation>
    </message>
</context>
<context>
    <name>akdesk::ConnectionsDialog</name>
    <message>
        <source>Allow plain &amp;http to this server (the token travels unencrypted)</source>
        <translation>Autoriser le &amp;http non chiffré vers ce serveur (le jeton circule en clair)</translation>
    </message>
    <message>
        <source>Without a keychain, keep the token in a &amp;file readable only by me</source>
        <translation>Sans trousseau, garder le jeton dans un fichier l&amp;isible par moi seul</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>an API token of an administrator (Directory ▸ Tokens)</source>
        <translation>un jeton d&apos;API d&apos;un administrateur (Annuaire ▸ Jetons)</translation>
    </message>
    <message>
        <source>the system&apos;s certificate authorities</source>
        <translation>les autorités de certification du système</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Certificate authorities (PEM)</source>
        <translation>Autorités de certification (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Délai d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>Plain http</source>
        <translation>http non chiffré</translation>
    </message>
    <message>
        <source>With plain http the token and everything akdesk reads and writes travel unencrypted to %1. Anyone on the network between can read them. Allow it for this profile?</source>
        <translation>Avec le http non chiffré, le jeton et tout ce qu&apos;akdesk lit et écrit circulent en clair vers %1. Toute personne sur le réseau entre les deux peut les lire. L&apos;autoriser pour ce profil&#xa0;?</translation>
    </message>
    <message>
        <source>no token stored yet</source>
        <translation>aucun jeton enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <source>stored %1; type to replace</source>
        <translation>enregistré %1&#xa0;; tapez pour le remplacer</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Tout fonctionne.</translation>
    </message>
    <message>
        <source>new connection</source>
        <translation>nouvelle connexion</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove “%1” and its stored token? Its drafts stay on disk.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et son jeton enregistré&#xa0;? Ses brouillons restent sur le disque.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Le fichier d&apos;AC %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier d&apos;AC %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>T&amp;ester la connexion</translation>
    </message>
    <message>
        <source>CA fi&amp;le:</source>
        <translation>Fic&amp;hier CA&#xa0;:</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>The connection does not work yet; see the first failed check.</source>
        <translation>La connexion ne fonctionne pas encore&#xa0;; voir la première vérification échouée.</translation>
    </message>
    <message>
        <source>Enter the API token for “%1” (authentik: Directory ▸ Tokens).</source>
        <translation>Saisissez le jeton d’API de «&#xa0;%1&#xa0;» (authentik&#xa0;: Annuaire ▸ Jetons).</translation>
    </message>
    <message>
        <source>Keeping the token…</source>
        <translation>Conservation du jeton…</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Pas de trousseau</translation>
    </message>
    <message>
        <source>Keep the token in a file readable only by you (%1)? Otherwise akdesk asks for it again at the next start.</source>
        <translation>Conserver le jeton dans un fichier lisible par vous seul (%1)&#xa0;? Sinon akdesk le redemandera au prochain démarrage.</translation>
    </message>
    <message>
        <source>Keep in a &amp;file</source>
        <translation>Conserver dans un &amp;fichier</translation>
    </message>
    <message>
        <source>For this &amp;session only</source>
        <translation>Pour cette &amp;session seulement</translation>
    </message>
</context>
<context>
    <name>akdesk::CreateStageWizard</name>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>What kind of stage?</source>
        <translation>Quel type d&apos;étape&#xa0;?</translation>
    </message>
    <message>
        <source>Type to search by name or description.</source>
        <translation>Tapez pour chercher par nom ou description.</translation>
    </message>
    <message>
        <source>Search kinds…</source>
        <translation>Chercher un type…</translation>
    </message>
    <message>
        <source>Search stage kinds</source>
        <translation>Chercher des types d&apos;étape</translation>
    </message>
    <message>
        <source>Stage kinds</source>
        <translation>Types d&apos;étape</translation>
    </message>
    <message>
        <source>The server&apos;s list of kinds could not be read (%1); showing the kinds akdesk knows.</source>
        <translation>La liste des types du serveur n&apos;a pas pu être lue (%1)&#xa0;; affichage des types connus d&apos;akdesk.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Fields marked * are required. Defaults are authentik&apos;s.</source>
        <translation>Les champs marqués * sont obligatoires. Les valeurs par défaut sont celles d&apos;authentik.</translation>
    </message>
    <message>
        <source>Bind to a flow (optional)</source>
        <translation>Lier à un flux (facultatif)</translation>
    </message>
    <message>
        <source>The new stage runs last in the flow (its order is the flow&apos;s last + 10).</source>
        <translation>La nouvelle étape s&apos;exécute en dernier dans le flux (son ordre est le dernier du flux + 10).</translation>
    </message>
    <message>
        <source>&amp;Bind the new stage to a flow</source>
        <translation>&amp;Lier la nouvelle étape à un flux</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Non créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The stage “%1” was created, but not bound: %2</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» a été créée, mais pas liée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The stage “%1” was created; the server cannot be reached, so its binding is queued and sent with the next sync.</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» a été créée&#xa0;; le serveur est injoignable, sa liaison est donc en attente et sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Nouvelle politique</translation>
    </message>
    <message>
        <source>What kind of policy?</source>
        <translation>Quel type de politique&#xa0;?</translation>
    </message>
    <message>
        <source>Search policy kinds</source>
        <translation>Rechercher des types de politique</translation>
    </message>
    <message>
        <source>Policy kinds</source>
        <translation>Types de politique</translation>
    </message>
    <message>
        <source>The server did not accept it; see the marked fields.</source>
        <translation>Le serveur ne l’a pas accepté&#xa0;; voyez les champs signalés.</translation>
    </message>
</context>
<context>
    <name>akdesk::DeleteRecordsDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n flow(s)</source>
        <translation>
            <numerusform>Supprimer %n flux</numerusform>
            <numerusform>Supprimer %n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stage(s)</source>
        <translation>
            <numerusform>Supprimer %n étape</numerusform>
            <numerusform>Supprimer %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting cannot be undone. This is what happens:</source>
        <translation>La suppression est irréversible. Voici ce qui se passe&#xa0;:</translation>
    </message>
    <message>
        <source>What the delete does</source>
        <translation>Effets de la suppression</translation>
    </message>
    <message>
        <source>Checking what uses these stages…</source>
        <translation>Vérification de ce qui utilise ces étapes…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>flow %1</source>
        <translation>flux %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Could not check what uses it: %1</source>
        <translation>Impossible de vérifier ce qui l&apos;utilise&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n item(s)?</source>
        <translation>
            <numerusform>Supprimer %n élément&#xa0;?</numerusform>
            <numerusform>Supprimer ces %n éléments&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is deleted until akdesk knows what uses every stage. Close and try again.</source>
        <translation>Rien n&apos;est supprimé tant qu&apos;akdesk ne sait pas ce qui utilise chaque étape. Fermez et réessayez.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source> — queued for deletion (offline)</source>
        <translation> — suppression en attente (hors ligne)</translation>
    </message>
    <message>
        <source> — deleted</source>
        <translation> — supprimé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1, %2; see the reasons above.</source>
        <translation>%1, %2&#xa0;; voir les raisons ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n policy(ies)</source>
        <translation>
            <numerusform>Supprimer %n politique</numerusform>
            <numerusform>Supprimer %n politiques</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking what uses these policies…</source>
        <translation>Vérification de ce qui utilise ces politiques…</translation>
    </message>
</context>
<context>
    <name>akdesk::DeletionPlan</name>
    <message>
        <source>Its binding in the flow “%1” (order %2) is deleted with it.</source>
        <translation>Sa liaison dans le flux «&#xa0;%1&#xa0;» (ordre %2) est supprimée avec elle.</translation>
    </message>
    <message>
        <source>Its flow binding “%1” is deleted with it.</source>
        <translation>Sa liaison de flux «&#xa0;%1&#xa0;» est supprimée avec elle.</translation>
    </message>
    <message>
        <source>“%1” (%2) is deleted along with it.</source>
        <translation>«&#xa0;%1&#xa0;» (%2) est supprimé avec elle.</translation>
    </message>
    <message>
        <source>It is removed from “%1” (%2).</source>
        <translation>Elle est retirée de «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>“%1” (%2) no longer points at it: the field is set to empty.</source>
        <translation>«&#xa0;%1&#xa0;» (%2) n&apos;y fait plus référence&#xa0;: le champ est vidé.</translation>
    </message>
    <message>
        <source>“%1” (%2) is reset to its default.</source>
        <translation>«&#xa0;%1&#xa0;» (%2) est réinitialisé à sa valeur par défaut.</translation>
    </message>
    <message>
        <source>“%1” (%2) keeps a reference to it that will point nowhere.</source>
        <translation>«&#xa0;%1&#xa0;» (%2) garde une référence vers elle qui ne pointera nulle part.</translation>
    </message>
    <message>
        <source>“%1” (%2) uses it (%3).</source>
        <translation>«&#xa0;%1&#xa0;» (%2) l&apos;utilise (%3).</translation>
    </message>
    <message>
        <source>akdesk is offline, so what uses it is not known now. The delete is queued and sent with the next sync; the server then removes its bindings too.</source>
        <translation>akdesk est hors ligne, on ne sait donc pas maintenant ce qui l&apos;utilise. La suppression est mise en attente et envoyée à la prochaine synchronisation&#xa0;; le serveur supprime alors aussi ses liaisons.</translation>
    </message>
    <message>
        <source>Nothing else uses it.</source>
        <translation>Rien d&apos;autre ne l&apos;utilise.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::DraftReviewDialog</name>
    <message>
        <source>Draft — %1</source>
        <translation>Brouillon — %1</translation>
    </message>
    <message>
        <source>Changes to “%1”, last edited %2.</source>
        <translation>Modifications de «&#xa0;%1&#xa0;», modifié pour la dernière fois %2.</translation>
    </message>
    <message>
        <source>“%1” will be created.</source>
        <translation>«&#xa0;%1&#xa0;» sera créé.</translation>
    </message>
    <message>
        <source>“%1” will be deleted.</source>
        <translation>«&#xa0;%1&#xa0;» sera supprimé.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Au début de votre modification</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Server says</source>
        <translation>Le serveur indique</translation>
    </message>
    <message>
        <source>A new order of the stages of “%1”, sent as one change; last edited %2.</source>
        <translation>Un nouvel ordre des étapes de « %1 », envoyé en une seule modification ; modifié %2.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>not bound</source>
        <translation>non liée</translation>
    </message>
</context>
<context>
    <name>akdesk::DraftSync</name>
    <message>
        <source>This server has no “%1” resource; the draft cannot be delivered.</source>
        <translation>Ce serveur n&apos;a pas de ressource «&#xa0;%1&#xa0;»&#xa0;; le brouillon ne peut pas être livré.</translation>
    </message>
    <message>
        <source>The server cannot be reached; the draft is kept and will be sent with the next sync.</source>
        <translation>Le serveur est injoignable&#xa0;; le brouillon est conservé et sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Waits for “%1” to be created first.</source>
        <translation>Attend que «&#xa0;%1&#xa0;» soit d&apos;abord créé.</translation>
    </message>
    <message>
        <source>The server did not answer (%1) and akdesk could not check whether “%2” was created (%3). Check on the server before syncing it again.</source>
        <translation>Le serveur n&apos;a pas répondu (%1) et akdesk n&apos;a pas pu vérifier si «&#xa0;%2&#xa0;» a été créé (%3). Vérifiez sur le serveur avant de le synchroniser à nouveau.</translation>
    </message>
    <message>
        <source>“%1” was deleted on the server. Your changes are kept until you discard them or create it again.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé sur le serveur. Vos modifications sont conservées jusqu&apos;à ce que vous les abandonniez ou le recréiez.</translation>
    </message>
    <message>
        <source>Changed on the server too: %1</source>
        <translation>Modifié aussi sur le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not answer (%1) and does not hold the change; it stays a draft.</source>
        <translation>Le serveur n&apos;a pas répondu (%1) et ne contient pas la modification&#xa0;; elle reste un brouillon.</translation>
    </message>
    <message>
        <source>The server did not answer (%1); the change stays a draft until akdesk can check it.</source>
        <translation>Le serveur n&apos;a pas répondu (%1)&#xa0;; la modification reste un brouillon jusqu&apos;à ce qu&apos;akdesk puisse la vérifier.</translation>
    </message>
    <message>
        <source>“%1” was deleted on the server.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé sur le serveur.</translation>
    </message>
    <message>
        <source>The server did not answer; it may have created “%1”. Check before syncing it again.</source>
        <translation>Le serveur n&apos;a pas répondu&#xa0;; il a peut-être créé «&#xa0;%1&#xa0;». Vérifiez avant de le synchroniser à nouveau.</translation>
    </message>
    <message>
        <source>akdesk is working offline; the draft is kept and will be sent when you go online.</source>
        <translation>akdesk travaille hors ligne&#xa0;; le brouillon est conservé et sera envoyé quand vous repasserez en ligne.</translation>
    </message>
    <message>
        <source>The server did not answer (%1); it has not created “%2” (checked twice). It is sent again with the next sync.</source>
        <translation>Le serveur n’a pas répondu (%1)&#xa0;; il n’a pas créé «&#xa0;%2&#xa0;» (vérifié deux fois). Il sera renvoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1: “%2” on the server, “%3” in akdesk</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» sur le serveur, «&#xa0;%3&#xa0;» dans akdesk</translation>
    </message>
    <message>
        <source>“%1” was saved, but someone changed it on the server at the same time: %2. Review which values stay.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré, mais quelqu’un l’a modifié sur le serveur au même moment&#xa0;: %2. Vérifiez quelles valeurs restent.</translation>
    </message>
    <message>
        <source>The server did not answer (%1); the new order stays a draft and is sent again with the next sync.</source>
        <translation>Le serveur n&apos;a pas répondu (%1) ; le nouvel ordre reste un brouillon et sera renvoyé à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>akdesk::DraftsModel</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Deleted on server</source>
        <translation>Supprimé sur le serveur</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Server says</source>
        <translation>Le serveur indique</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Réordonner</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>akdesk::DraftsPane</name>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Sync &amp;all</source>
        <translation>Tout s&amp;ynchroniser</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Examiner…</translation>
    </message>
    <message>
        <source>Resolve &amp;conflict…</source>
        <translation>Résoudre le &amp;conflit…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Create &amp;again</source>
        <translation>&amp;Recréer</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n draft(s).</source>
        <translation>
            <numerusform>%n brouillon synchronisé.</numerusform>
            <numerusform>%n brouillons synchronisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: %1 Every draft is kept.</source>
        <translation>Non synchronisé&#xa0;: %1 Tous les brouillons sont conservés.</translation>
    </message>
    <message>
        <source>No drafts: everything you changed is on the server.</source>
        <translation>Aucun brouillon&#xa0;: tout ce que vous avez modifié est sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n brouillon en attente d&apos;envoi.</numerusform>
            <numerusform>%n brouillons en attente d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>akdesk is offline; drafts are sent when the server is back.</source>
        <translation>akdesk est hors ligne&#xa0;; les brouillons seront envoyés au retour du serveur.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>the draft of “%1”</source>
        <translation>le brouillon de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts</source>
        <translation>
            <numerusform>%n brouillon</numerusform>
            <numerusform>%n brouillons</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard drafts</source>
        <translation>Abandonner des brouillons</translation>
    </message>
    <message>
        <source>Discard %1? The changes in it are lost; the server keeps what it has.</source>
        <translation>Abandonner %1&#xa0;? Les modifications qu&apos;il contient sont perdues&#xa0;; le serveur garde ce qu&apos;il a.</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n draft(s).</source>
        <translation>
            <numerusform>%n brouillon abandonné.</numerusform>
            <numerusform>%n brouillons abandonnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” will be created again with the next sync.</source>
        <translation>«&#xa0;%1&#xa0;» sera recréé à la prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n need your decision.</source>
        <translation>
            <numerusform>%1&#xa0;; %n attend votre décision.</numerusform>
            <numerusform>%1&#xa0;; %n attendent votre décision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n brouillon</numerusform>
            <numerusform>%n brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n kept — see their status.</source>
        <translation>
            <numerusform>%1&#xa0;; %n conservé — voir son état.</numerusform>
            <numerusform>%1&#xa0;; %n conservés — voir leur état.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n draft(s)</source>
        <translation>
            <numerusform>%n brouillon synchronisé</numerusform>
            <numerusform>%n brouillons synchronisés</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <source>&amp;Send my order</source>
        <translation>&amp;Envoyer mon ordre</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s order</source>
        <translation>&amp;Garder l&apos;ordre du serveur</translation>
    </message>
    <message>
        <source>Discarded the draft of “%1”; the server&apos;s order stays.</source>
        <translation>Brouillon de « %1 » abandonné ; l&apos;ordre du serveur reste.</translation>
    </message>
</context>
<context>
    <name>akdesk::Duplicator</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>akdesk does not know this kind of stage</source>
        <translation>akdesk ne connaît pas ce type d&apos;étape</translation>
    </message>
</context>
<context>
    <name>akdesk::EditSession</name>
    <message>
        <source>The server cannot be reached. “%1” is queued and will be created with the next sync.</source>
        <translation>Le serveur est injoignable. «&#xa0;%1&#xa0;» est en attente et sera créé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>akdesk is working offline. “%1” is queued and will be created with the next sync.</source>
        <translation>akdesk travaille hors ligne. «&#xa0;%1&#xa0;» est en attente et sera créé à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>akdesk::EnumFieldEditor</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>akdesk::FilterBar</name>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
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
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>akdesk::FlowCloner</name>
    <message>
        <source>Reading the flow</source>
        <translation>Lecture du flux</translation>
    </message>
    <message>
        <source>Reading the flow&apos;s bindings</source>
        <translation>Lecture des liaisons du flux</translation>
    </message>
    <message>
        <source>Creating the flow “%1”</source>
        <translation>Création du flux «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Creating the flow</source>
        <translation>Création du flux</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Binding “%1” (order %2)</source>
        <translation>Liaison «&#xa0;%1&#xa0;» (ordre %2)</translation>
    </message>
    <message>
        <source>Binding “%1”</source>
        <translation>Liaison «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reading the policy bindings</source>
        <translation>Lecture des liaisons de politiques</translation>
    </message>
    <message>
        <source>Copying the stage “%1”</source>
        <translation>Copie de l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The binding&apos;s target was not copied</source>
        <translation>La cible de la liaison n’a pas été copiée</translation>
    </message>
    <message>
        <source>Binding %1</source>
        <translation>Liaison de %1</translation>
    </message>
</context>
<context>
    <name>akdesk::FlowDiagramView</name>
    <message>
        <source>Flow diagram</source>
        <translation>Diagramme du flux</translation>
    </message>
    <message>
        <source>Ctrl+wheel or +/- zoom, 0 fits the diagram to the window</source>
        <translation>Ctrl+molette ou +/- pour zoomer, 0 ajuste le diagramme à la fenêtre</translation>
    </message>
</context>
<context>
    <name>akdesk::FlowFolderExport</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not read the flows: %1</source>
        <translation>Impossible de lire les flux : %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>akdesk::FlowGraph</name>
    <message>
        <source>expected a node id at &quot;%1&quot;</source>
        <translation>identifiant de nœud attendu à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unterminated label of %1</source>
        <translation>libellé non terminé pour %1</translation>
    </message>
    <message>
        <source>unterminated shape of %1</source>
        <translation>forme non terminée pour %1</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; after the label of %2</source>
        <translation>«&#xa0;%1&#xa0;» attendu après le libellé de %2</translation>
    </message>
    <message>
        <source>not a Mermaid flowchart (it starts with &quot;%1&quot;)</source>
        <translation>pas un organigramme Mermaid (il commence par «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>line %1 starts with an arrow but follows no node</source>
        <translation>la ligne %1 commence par une flèche mais ne suit aucun nœud</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; on line %2</source>
        <translation>«&#xa0;%1&#xa0;» inattendu à la ligne %2</translation>
    </message>
    <message>
        <source>the diagram is empty</source>
        <translation>le diagramme est vide</translation>
    </message>
    <message>
        <source>a node has no identifier</source>
        <translation>un nœud n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <source>an edge joins unknown nodes %1 and %2</source>
        <translation>une arête relie des nœuds inconnus %1 et %2</translation>
    </message>
    <message>
        <source>the answer has neither &quot;diagram&quot; nor &quot;nodes&quot;</source>
        <translation>la réponse ne contient ni «&#xa0;diagram&#xa0;» ni «&#xa0;nodes&#xa0;»</translation>
    </message>
</context>
<context>
    <name>akdesk::FlowInspector</name>
    <message>
        <source>Stage bindings in run order</source>
        <translation>Liaisons d&apos;étape dans l&apos;ordre d&apos;exécution</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove binding</source>
        <translation>Retirer la liaison</translation>
    </message>
    <message>
        <source>Add binding…</source>
        <translation>Ajouter une liaison…</translation>
    </message>
    <message>
        <source>New stage…</source>
        <translation>Nouvelle étape…</translation>
    </message>
    <message>
        <source>Create a stage and bind it at the end of this flow</source>
        <translation>Créer une étape et la lier à la fin de ce flux</translation>
    </message>
    <message>
        <source>Edit binding…</source>
        <translation>Modifier la liaison…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Execute in browser</source>
        <translation>Exécuter dans le navigateur</translation>
    </message>
    <message>
        <source>Export blueprint…</source>
        <translation>Exporter le blueprint…</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) bound</source>
        <translation>
            <numerusform>%n étape liée</numerusform>
            <numerusform>%n étapes liées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is queued as a draft: the server cannot be reached. It is sent with the next sync.</source>
        <translation>%1 est en attente comme brouillon&#xa0;: le serveur est injoignable. Il sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Binding “%1”</source>
        <translation>Liaison «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The stage was not added: %1</source>
        <translation>L&apos;étape n&apos;a pas été ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removing “%1”</source>
        <translation>Retrait de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The binding was not removed: %1</source>
        <translation>La liaison n&apos;a pas été retirée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No browser opened %1.</source>
        <translation>Aucun navigateur n&apos;a ouvert %1.</translation>
    </message>
    <message>
        <source>Export flow</source>
        <translation>Exporter le flux</translation>
    </message>
    <message>
        <source>Blueprints (*.yaml *.yml)</source>
        <translation>Blueprints (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>The diagram could not be loaded: %1</source>
        <translation>Le diagramme n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s diagram could not be read: %1</source>
        <translation>Le diagramme du serveur n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Moved “%1” to order %2 in %3</source>
        <translation>«&#xa0;%1&#xa0;» déplacée à l&apos;ordre %2 dans %3</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Undone: “%1” is back in its place in %2</source>
        <translation>Annulé&#xa0;: «&#xa0;%1&#xa0;» a retrouvé sa place dans %2</translation>
    </message>
    <message>
        <source>Added “%1” to %2 at order %3</source>
        <translation>«&#xa0;%1&#xa0;» ajoutée à %2 à l&apos;ordre %3</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Undone: “%1” is no longer in %2</source>
        <translation>Annulé&#xa0;: «&#xa0;%1&#xa0;» n&apos;est plus dans %2</translation>
    </message>
    <message>
        <source>The bindings are still being saved; try again in a moment.</source>
        <translation>Les liaisons sont encore en cours d&apos;enregistrement&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Remove “%1” (order %2) from %3?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» (ordre %2) de %3&#xa0;?</translation>
    </message>
    <message>
        <source>The stage itself stays. Policies bound to this binding are deleted with it; Undo binds the stage again with the same order and options, without them.</source>
        <translation>L&apos;étape elle-même reste. Les politiques liées à cette liaison sont supprimées avec elle&#xa0;; Annuler lie de nouveau l&apos;étape avec le même ordre et les mêmes options, sans elles.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Removed “%1” (order %2) from %3</source>
        <translation>«&#xa0;%1&#xa0;» (ordre %2) retirée de %3</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Undone: “%1” is bound again at order %2 in %3</source>
        <translation>Annulé&#xa0;: «&#xa0;%1&#xa0;» est de nouveau liée à l&apos;ordre %2 dans %3</translation>
    </message>
    <message>
        <source>Diagram written to %1.</source>
        <translation>Diagramme écrit dans %1.</translation>
    </message>
    <message>
        <source>Who may run it</source>
        <translation>Qui peut l’exécuter</translation>
    </message>
    <message>
        <source>Who reaches this stage</source>
        <translation>Qui atteint cette étape</translation>
    </message>
    <message>
        <source>%1 is kept as a draft because akdesk is working offline. It is sent when you go online.</source>
        <translation>%1 est conservé comme brouillon, car akdesk travaille hors ligne. Il sera envoyé quand vous repasserez en ligne.</translation>
    </message>
    <message>
        <source>That policy binding is not among those akdesk read; refresh the flow</source>
        <translation>Cette liaison de politique ne fait pas partie de celles qu&apos;akdesk a lues ; actualisez le flux</translation>
    </message>
    <message>
        <source>Wheel or +/- zoom, drag to pan. Click a stage or a policy to select it, double-click to open it.</source>
        <translation>Molette ou +/- pour zoomer, glisser pour déplacer. Un clic sur une étape ou une politique la sélectionne, un double-clic l&apos;ouvre.</translation>
    </message>
</context>
<context>
    <name>akdesk::FlowListPane</name>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Search flows…</source>
        <translation>Chercher des flux…</translation>
    </message>
    <message>
        <source>Loading flows…</source>
        <translation>Chargement des flux…</translation>
    </message>
    <message>
        <source>Could not load the flows: %1</source>
        <translation>Impossible de charger les flux&#xa0;: %1</translation>
    </message>
    <message>
        <source>No flows here.</source>
        <translation>Aucun flux ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n group/user)</source>
        <translation>
            <numerusform>%1 (+%n groupe/utilisateur)</numerusform>
            <numerusform>%1 (+%n groupes/utilisateurs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::FlowPromotion</name>
    <message>
        <source>Could not export the flow %1 from the source: %2</source>
        <translation>Impossible d’exporter le flux %1 depuis la source : %2</translation>
    </message>
    <message>
        <source>The source&apos;s export of %1 holds no entries.</source>
        <translation>L’export de %1 depuis la source ne contient aucune entrée.</translation>
    </message>
    <message>
        <source>akdesk promotion of %1</source>
        <translation>Promotion akdesk de %1</translation>
    </message>
</context>
<context>
    <name>akdesk::FormModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
</context>
<context>
    <name>akdesk::FormView</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>akdesk::HelpViewer</name>
    <message>
        <source>akdesk User Guide</source>
        <translation>Guide de l&apos;utilisateur d&apos;akdesk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>The user guide is missing from this build of akdesk.</source>
        <translation>Le guide de l&apos;utilisateur est absent de cette version d&apos;akdesk.</translation>
    </message>
</context>
<context>
    <name>akdesk::ImportPlan</name>
    <message>
        <source>order %1</source>
        <translation>ordre %1</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>update</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>exists, left alone</source>
        <translation>existe, laissé</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>already absent</source>
        <translation>déjà absent</translation>
    </message>
    <message>
        <source>skipped (conditions not met)</source>
        <translation>ignoré (conditions non remplies)</translation>
    </message>
    <message>
        <source>cannot be applied</source>
        <translation>inapplicable</translation>
    </message>
    <message>
        <source>%n to create</source>
        <translation>%n à créer</translation>
    </message>
    <message>
        <source>%n to update</source>
        <translation>%n à modifier</translation>
    </message>
    <message>
        <source>%n to delete</source>
        <translation>%n à supprimer</translation>
    </message>
    <message>
        <source>%n unchanged</source>
        <translation>%n inchangés</translation>
    </message>
    <message>
        <source>%n left as they are</source>
        <translation>%n laissés tels quels</translation>
    </message>
    <message>
        <source>%n skipped</source>
        <translation>%n ignorés</translation>
    </message>
    <message>
        <source>%n that cannot be applied</source>
        <translation>%n inapplicables</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>rien à importer</translation>
    </message>
    <message>
        <source>akdesk knows no API for the model %1; authentik refuses models it does not have.</source>
        <translation>akdesk ne connaît pas d’API pour le modèle %1 ; authentik refuse les modèles qu’il n’a pas.</translation>
    </message>
    <message>
        <source>No or invalid identifiers</source>
        <translation>Identifiants absents ou invalides</translation>
    </message>
    <message>
        <source>State is set to must_created and object exists already</source>
        <translation>L’état est must_created et l’objet existe déjà</translation>
    </message>
</context>
<context>
    <name>akdesk::ImportPreviewDialog</name>
    <message>
        <source>(the new object)</source>
        <translation>(le nouvel objet)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Reading what the server holds…</source>
        <translation>Lecture de l’état du serveur…</translation>
    </message>
    <message>
        <source>Show &amp;unchanged entries</source>
        <translation>Afficher les entrées &amp;inchangées</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Sera</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Sur le serveur maintenant</translation>
    </message>
    <message>
        <source>From the blueprint</source>
        <translation>Dans le blueprint</translation>
    </message>
    <message>
        <source>Apply &amp;all (server import)</source>
        <translation>Tout &amp;appliquer (import du serveur)</translation>
    </message>
    <message>
        <source>The server applies the whole blueprint in one transaction: all of it, or nothing.</source>
        <translation>Le serveur applique tout le blueprint en une transaction : tout ou rien.</translation>
    </message>
    <message>
        <source>Apply &amp;ticked</source>
        <translation>Appliquer les entrées &amp;cochées</translation>
    </message>
    <message>
        <source>Writes the ticked entries one by one, in the blueprint&apos;s order.</source>
        <translation>Écrit les entrées cochées une à une, dans l’ordre du blueprint.</translation>
    </message>
    <message>
        <source>Will do: %1.</source>
        <translation>Prévu : %1.</translation>
    </message>
    <message>
        <source>Cannot be applied as it is: %1. The entries marked say why.</source>
        <translation>Inapplicable en l’état : %1. Les entrées marquées disent pourquoi.</translation>
    </message>
    <message>
        <source>Applying %1 (%2 of %3)…</source>
        <translation>Application de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation>Fait : %1 (%2)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>The server imported the blueprint.</source>
        <translation>Le serveur a importé le blueprint.</translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n change(s) written.</source>
        <translation>
            <numerusform>Appliqué : %n modification écrite.</numerusform>
            <numerusform>Appliqué : %n modifications écrites.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the blueprint; nothing was changed. %1</source>
        <translation>Le serveur a refusé le blueprint ; rien n’a été modifié. %1</translation>
    </message>
    <message>
        <source>Stopped at %1: %2. What is listed as done exists on the server now; the rest was not attempted.</source>
        <translation>Arrêté à %1 : %2. Ce qui est listé comme fait existe maintenant sur le serveur ; le reste n’a pas été tenté.</translation>
    </message>
    <message>
        <source>Not attempted: %1</source>
        <translation>Non tenté : %1</translation>
    </message>
</context>
<context>
    <name>akdesk::JsonFieldEditor</name>
    <message>
        <source>more than one value; put them in a list: [ … ]</source>
        <translation>plus d’une valeur ; mettez-les dans une liste : [ … ]</translation>
    </message>
    <message>
        <source>Not valid JSON: line %1, column %2: %3</source>
        <translation>JSON non valide : ligne %1, colonne %2 : %3</translation>
    </message>
</context>
<context>
    <name>akdesk::LocalStore</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Cannot open the drafts file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier de brouillons %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>non ouvert</translation>
    </message>
    <message>
        <source>The drafts file %1 was empty (0 bytes): whatever drafts it held are gone, as a full disk or a crash can leave it. The empty file is kept as %2, and akdesk starts a new one.</source>
        <translation>Le fichier de brouillons %1 était vide (0 octet)&#xa0;: les brouillons qu&apos;il contenait sont perdus, comme peut le laisser un disque plein ou un plantage. Le fichier vide est conservé sous %2, et akdesk en commence un nouveau.</translation>
    </message>
    <message>
        <source>The drafts file %1 cannot be read (%2). It is kept as %3 for whoever can rescue it, and akdesk starts a new one: the drafts in the old file are not shown.</source>
        <translation>Le fichier de brouillons %1 est illisible (%2). Il est conservé sous %3 pour qui pourra le récupérer, et akdesk en commence un nouveau&#xa0;: les brouillons de l&apos;ancien fichier ne sont pas affichés.</translation>
    </message>
    <message>
        <source>%1 was written by a newer akdesk (drafts layout %2; this akdesk knows up to %3). It is left untouched: open this profile with the newer akdesk, or use another profile.</source>
        <translation>%1 a été écrit par un akdesk plus récent (format de brouillons %2&#xa0;; cet akdesk connaît jusqu&apos;à %3). Il n&apos;est pas modifié&#xa0;: ouvrez ce profil avec l&apos;akdesk plus récent, ou utilisez un autre profil.</translation>
    </message>
    <message>
        <source>The drafts file %1 cannot be read, and cannot be moved aside to start a new one; it is left as it is.</source>
        <translation>Le fichier de brouillons %1 est illisible et ne peut pas être mis de côté pour en commencer un nouveau&#xa0;; il est laissé tel quel.</translation>
    </message>
    <message>
        <source>Cannot read the drafts file %1: %2</source>
        <translation>Impossible de lire le fichier de brouillons %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot bring the drafts file %1 up to date: %2</source>
        <translation>Impossible de mettre à jour le fichier de brouillons %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the drafts file refused the write</source>
        <translation>le fichier de brouillons a refusé l&apos;écriture</translation>
    </message>
    <message>
        <source>the record as it was</source>
        <translation>l&apos;enregistrement tel qu&apos;il était</translation>
    </message>
    <message>
        <source>the changes</source>
        <translation>les modifications</translation>
    </message>
    <message>
        <source>the server&apos;s messages</source>
        <translation>les messages du serveur</translation>
    </message>
    <message>
        <source>the server&apos;s record</source>
        <translation>l&apos;enregistrement du serveur</translation>
    </message>
    <message>
        <source>This draft is damaged in the drafts file: %1 cannot be read. It is kept there as it is and never sent; discard it when you no longer need it.</source>
        <translation>Ce brouillon est endommagé dans le fichier de brouillons&#xa0;: %1 est illisible. Il y est conservé tel quel et n&apos;est jamais envoyé&#xa0;; supprimez-le quand vous n&apos;en avez plus besoin.</translation>
    </message>
</context>
<context>
    <name>akdesk::MainWindow</name>
    <message>
        <source>akdesk — %1</source>
        <translation>akdesk — %1</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>akdesk has no form for this kind of stage.</source>
        <translation>akdesk n&apos;a pas de formulaire pour ce type d&apos;étape.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>akdesk did not connect to %1: %2</source>
        <translation>akdesk ne s&apos;est pas connecté à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server presented: %1

Trust it only if you know it is your server&apos;s certificate (compare the fingerprint).</source>
        <translation>Le serveur a présenté&#xa0;: %1

Ne l&apos;approuvez que si vous savez qu&apos;il s&apos;agit du certificat de votre serveur (comparez l&apos;empreinte).</translation>
    </message>
    <message>
        <source>&amp;Trust for this connection</source>
        <translation>&amp;Approuver pour cette connexion</translation>
    </message>
    <message>
        <source>Show the drafts (Alt+3)</source>
        <translation>Afficher les brouillons (Alt+3)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Cancel every request still waiting for the server</source>
        <translation>Annuler toutes les requêtes qui attendent encore le serveur</translation>
    </message>
    <message numerus="yes">
        <source>Back online. %n draft(s) wait to be synced.</source>
        <translation>
            <numerusform>De nouveau en ligne. %n brouillon attend d&apos;être synchronisé.</numerusform>
            <numerusform>De nouveau en ligne. %n brouillons attendent d&apos;être synchronisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation>De nouveau en ligne.</translation>
    </message>
    <message>
        <source>Working offline: lists show what was fetched last; changes are kept as drafts.</source>
        <translation>Hors ligne&#xa0;: les listes montrent ce qui a été récupéré en dernier&#xa0;; les modifications sont conservées en brouillons.</translation>
    </message>
    <message>
        <source>The server cannot be reached: lists show what was fetched last; changes are kept as drafts.</source>
        <translation>Le serveur est injoignable&#xa0;: les listes montrent ce qui a été récupéré en dernier&#xa0;; les modifications sont conservées en brouillons.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) from earlier are kept, not yet on the server: see Drafts (Alt+3).</source>
        <translation>
            <numerusform>%n brouillon d&apos;une session précédente est conservé, pas encore sur le serveur&#xa0;: voir Brouillons (Alt+3).</numerusform>
            <numerusform>%n brouillons d&apos;une session précédente sont conservés, pas encore sur le serveur&#xa0;: voir Brouillons (Alt+3).</numerusform>
        </translation>
    </message>
    <message>
        <source>● Working offline</source>
        <translation>● Hors ligne</translation>
    </message>
    <message>
        <source>Nothing is sent to the server; changes are kept as drafts. Turn off File ▸ Work offline to connect.</source>
        <translation>Rien n&apos;est envoyé au serveur&#xa0;; les modifications sont conservées en brouillons. Désactivez Fichier ▸ Travailler hors ligne pour vous connecter.</translation>
    </message>
    <message>
        <source>● Offline — the server cannot be reached</source>
        <translation>● Hors ligne — le serveur est injoignable</translation>
    </message>
    <message>
        <source>Lists show what akdesk fetched last; changes are kept as drafts. akdesk checks every few seconds and says when the server is back.</source>
        <translation>Les listes montrent ce qu&apos;akdesk a récupéré en dernier&#xa0;; les modifications sont conservées en brouillons. akdesk vérifie toutes les quelques secondes et signale le retour du serveur.</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Aucun brouillon</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n brouillon</numerusform>
            <numerusform>%n brouillons</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Brouillons (%1)</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>Tous les flux</translation>
    </message>
    <message>
        <source>Changes not yet on the server</source>
        <translation>Modifications pas encore sur le serveur</translation>
    </message>
    <message>
        <source>Flow %1</source>
        <translation>Flux %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>Dupliqué sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Not duplicated</source>
        <translation>Non dupliqué</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n delete(s) queued as drafts, sent with the next sync.</source>
        <translation>
            <numerusform>Hors ligne&#xa0;: %n suppression mise en attente comme brouillon, envoyée à la prochaine synchronisation.</numerusform>
            <numerusform>Hors ligne&#xa0;: %n suppressions mises en attente comme brouillons, envoyées à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stage(s).</source>
        <translation>
            <numerusform>%n étape supprimée.</numerusform>
            <numerusform>%n étapes supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Travailler hors &amp;ligne</translation>
    </message>
    <message>
        <source>S&amp;ync drafts</source>
        <translation>S&amp;ynchroniser les brouillons</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Connexions…</translation>
    </message>
    <message>
        <source>S&amp;witch connection</source>
        <translation>C&amp;hanger de connexion</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;venir</translation>
    </message>
    <message>
        <source>&amp;Go to anything…</source>
        <translation>Aller à n&apos;&amp;importe quoi…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <source>&amp;New stage…</source>
        <translation>&amp;Nouvelle étape…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>F&amp;low</source>
        <translation>F&amp;lux</translation>
    </message>
    <message>
        <source>&amp;New flow…</source>
        <translation>&amp;Nouveau flux…</translation>
    </message>
    <message>
        <source>&amp;Clone flow…</source>
        <translation>&amp;Cloner le flux…</translation>
    </message>
    <message>
        <source>&amp;Delete flow…</source>
        <translation>&amp;Supprimer le flux…</translation>
    </message>
    <message>
        <source>&amp;Add binding…</source>
        <translation>&amp;Ajouter une liaison…</translation>
    </message>
    <message>
        <source>&amp;Edit binding…</source>
        <translation>&amp;Modifier la liaison…</translation>
    </message>
    <message>
        <source>Move binding &amp;up</source>
        <translation>Déplacer la liaison vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move binding do&amp;wn</source>
        <translation>Déplacer la liaison vers le &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Remove binding</source>
        <translation>&amp;Retirer la liaison</translation>
    </message>
    <message>
        <source>E&amp;xecute flow</source>
        <translation>E&amp;xécuter le flux</translation>
    </message>
    <message>
        <source>Ex&amp;port flow…</source>
        <translation>Ex&amp;porter le flux…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Go to &amp;navigator</source>
        <translation>Aller au &amp;navigateur</translation>
    </message>
    <message>
        <source>Go to &amp;stages</source>
        <translation>Aller aux é&amp;tapes</translation>
    </message>
    <message>
        <source>Go to &amp;drafts</source>
        <translation>Aller aux &amp;brouillons</translation>
    </message>
    <message>
        <source>Go to &amp;flows</source>
        <translation>Aller aux &amp;flux</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About akdesk</source>
        <translation>À &amp;propos d&apos;akdesk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Show &amp;toolbar</source>
        <translation>Afficher la barre d&apos;&amp;outils</translation>
    </message>
    <message>
        <source>%1 flows</source>
        <translation>Flux (%1)</translation>
    </message>
    <message>
        <source>“%1” is not available here.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas disponible ici.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Open the selected stage or flow</source>
        <translation>Ouvrir l&apos;étape ou le flux sélectionné</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Load the next page</source>
        <translation>Charger la page suivante</translation>
    </message>
    <message>
        <source>Scroll or move past the last row</source>
        <translation>Faire défiler ou aller au-delà de la dernière ligne</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Éditeurs</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Champ suivant</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>Champ précédent</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keep as a draft and close</source>
        <translation>Garder en brouillon et fermer</translation>
    </message>
    <message>
        <source>Discard the selected drafts</source>
        <translation>Abandonner les brouillons sélectionnés</translation>
    </message>
    <message>
        <source>Open the draft&apos;s record</source>
        <translation>Ouvrir l&apos;enregistrement du brouillon</translation>
    </message>
    <message>
        <source>Go to anything</source>
        <translation>Aller à n&apos;importe quoi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Choose a result</source>
        <translation>Choisir un résultat</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Haut, Bas, Page préc., Page suiv.</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>Y aller</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Edits are not being kept on disk</source>
        <translation>Les modifications ne sont pas conservées sur le disque</translation>
    </message>
    <message>
        <source>The drafts file refuses writes: %1. Open editors keep what you typed; save it to the server.</source>
        <translation>Le fichier de brouillons refuse les écritures&#xa0;: %1. Les éditeurs ouverts gardent ce que vous avez saisi&#xa0;; enregistrez-le sur le serveur.</translation>
    </message>
    <message>
        <source>● Online, but the server refuses every request</source>
        <translation>● En ligne, mais le serveur refuse toutes les requêtes</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <source>akdesk has no form for this kind of policy.</source>
        <translation>akdesk n’a pas de formulaire pour ce type de politique.</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>Toutes les politiques</translation>
    </message>
    <message>
        <source>It was not duplicated: %1</source>
        <translation>Cela n’a pas été dupliqué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n policy(ies).</source>
        <translation>
            <numerusform>%n politique supprimée.</numerusform>
            <numerusform>%n politiques supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export all flows to a &amp;folder…</source>
        <translation>Exporter tous les flux dans un &amp;dossier…</translation>
    </message>
    <message>
        <source>Export every flow into a folder</source>
        <translation>Exporter chaque flux dans un dossier</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n flow(s) not exported.</source>
        <translation>
            <numerusform>%1 %n flux non exporté.</numerusform>
            <numerusform>%1 %n flux non exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every flow was exported</source>
        <translation>Tous les flux n&apos;ont pas été exportés</translation>
    </message>
    <message>
        <source>Exporting the flows…</source>
        <translation>Export des flux…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting “%1” (%2 of %3)…</source>
        <translation>Export de « %1 » (%2 sur %3)…</translation>
    </message>
    <message numerus="yes">
        <source>Export stopped: %n flow(s) written to %1 so far.</source>
        <translation>
            <numerusform>Export arrêté : %n flux écrit dans %1 jusque-là.</numerusform>
            <numerusform>Export arrêté : %n flux écrits dans %1 jusque-là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n flow(s) to %1: %2 new or changed, %3 unchanged.</source>
        <translation>
            <numerusform>%n flux exporté dans %1 : %2 nouveau(x) ou modifié(s), %3 inchangé(s).</numerusform>
            <numerusform>%n flux exportés dans %1 : %2 nouveaux ou modifiés, %3 inchangés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import blueprint…</source>
        <translation>&amp;Importer un blueprint…</translation>
    </message>
    <message>
        <source>Import a blueprint</source>
        <translation>Importer un blueprint</translation>
    </message>
    <message>
        <source>Blueprints (*.yaml *.yml)</source>
        <translation>Blueprints (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Pro&amp;mote flow to another connection…</source>
        <translation>Pro&amp;mouvoir le flux vers une autre connexion…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
    <message>
        <source>Blueprint imported.</source>
        <translation>Blueprint importé.</translation>
    </message>
    <message>
        <source>Blueprint not imported: %1</source>
        <translation>Blueprint non importé : %1</translation>
    </message>
    <message>
        <source>Promote flow</source>
        <translation>Promouvoir le flux</translation>
    </message>
    <message>
        <source>There is no other saved connection to promote “%1” to. Add one under File ▸ Connections.</source>
        <translation>Aucune autre connexion enregistrée vers laquelle promouvoir « %1 ». Ajoutez-en une sous Fichier ▸ Connexions.</translation>
    </message>
    <message>
        <source>Copy or update “%1” on:</source>
        <translation>Copier ou mettre à jour « %1 » sur :</translation>
    </message>
    <message>
        <source>The connection %1 has no server address.</source>
        <translation>La connexion %1 n’a pas d’adresse de serveur.</translation>
    </message>
    <message>
        <source>No token is kept for %1. Open it once under File ▸ Connections.</source>
        <translation>Aucun jeton n’est conservé pour %1. Ouvrez-la une fois sous Fichier ▸ Connexions.</translation>
    </message>
    <message>
        <source>Flow “%1”: %2 → %3</source>
        <translation>Flux « %1 » : %2 → %3</translation>
    </message>
    <message>
        <source>Set on %1 by hand (the API never returns it): %2</source>
        <translation>À définir à la main sur %1 (l’API ne le renvoie jamais) : %2</translation>
    </message>
    <message>
        <source>Not found by name here, left as written: %1</source>
        <translation>Introuvable par son nom ici, laissé tel quel : %1</translation>
    </message>
    <message>
        <source>Promoted to %1.</source>
        <translation>Promu vers %1.</translation>
    </message>
    <message>
        <source>Promotion to %1 stopped: %2</source>
        <translation>Promotion vers %1 arrêtée : %2</translation>
    </message>
</context>
<context>
    <name>akdesk::Overlay</name>
    <message>
        <source>A stage that does nothing; set it to throw an error to test how a flow fails.</source>
        <translation>Une étape qui ne fait rien&#xa0;; faites-lui lever une erreur pour tester comment un flux échoue.</translation>
    </message>
    <message>
        <source>Sends the user to a source (e.g. a social login) and resumes the flow when they return.</source>
        <translation>Envoie l&apos;utilisateur vers une source (par ex. une connexion sociale) et reprend le flux à son retour.</translation>
    </message>
    <message>
        <source>Asks the user to identify themselves by e-mail, username or UPN, or through a source.</source>
        <translation>Demande à l&apos;utilisateur de s&apos;identifier par e-mail, nom d&apos;utilisateur ou UPN, ou via une source.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Every stage, whatever its kind.</source>
        <translation>Toutes les étapes, quel que soit leur type.</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>A flow: the stages a user goes through, in order.</source>
        <translation>Un flux&#xa0;: les étapes qu&apos;un utilisateur parcourt, dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Stage binding</source>
        <translation>Liaison d&apos;étape</translation>
    </message>
    <message>
        <source>Stage bindings</source>
        <translation>Liaisons d&apos;étape</translation>
    </message>
    <message>
        <source>A stage bound into a flow at a position.</source>
        <translation>Une étape liée à un flux à une position donnée.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Where users come from: the built-in database, social logins, SAML, LDAP...</source>
        <translation>D&apos;où viennent les utilisateurs&#xa0;: la base de données intégrée, les connexions sociales, SAML, LDAP…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Unique across all stages.</source>
        <translation>Unique parmi toutes les étapes.</translation>
    </message>
    <message>
        <source>Throw an error</source>
        <translation>Lever une erreur</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Fails the flow when this stage is reached; for testing.</source>
        <translation>Fait échouer le flux lorsque cette étape est atteinte&#xa0;; pour les tests.</translation>
    </message>
    <message>
        <source>The source the user is sent to; the flow resumes when they return.</source>
        <translation>La source vers laquelle l&apos;utilisateur est envoyé&#xa0;; le flux reprend à son retour.</translation>
    </message>
    <message>
        <source>Resume timeout</source>
        <translation>Délai de reprise</translation>
    </message>
    <message>
        <source>How long the user may take to come back from the source, e.g. minutes=10 or hours=1;minutes=30.</source>
        <translation>Le temps dont l&apos;utilisateur dispose pour revenir de la source, par ex. minutes=10 ou hours=1;minutes=30.</translation>
    </message>
    <message>
        <source>Resume on match failures</source>
        <translation>Reprendre en cas d&apos;échec de correspondance</translation>
    </message>
    <message>
        <source>Source matching failures after which the flow still resumes.</source>
        <translation>Échecs de correspondance de la source après lesquels le flux reprend quand même.</translation>
    </message>
    <message>
        <source>User fields</source>
        <translation>Champs utilisateur</translation>
    </message>
    <message>
        <source>Fields of the user object to match against. With none selected, users can only identify through a source.</source>
        <translation>Champs de l&apos;objet utilisateur à comparer. Si aucun n&apos;est sélectionné, les utilisateurs ne peuvent s&apos;identifier que via une source.</translation>
    </message>
    <message>
        <source>Case-insensitive matching</source>
        <translation>Correspondance insensible à la casse</translation>
    </message>
    <message>
        <source>Match user fields regardless of their casing.</source>
        <translation>Comparer les champs utilisateur sans tenir compte de la casse.</translation>
    </message>
    <message>
        <source>Pretend user exists</source>
        <translation>Faire comme si l&apos;utilisateur existait</translation>
    </message>
    <message>
        <source>Continue even when no user matches, so that nobody can probe which accounts exist.</source>
        <translation>Continuer même si aucun utilisateur ne correspond, pour que personne ne puisse sonder quels comptes existent.</translation>
    </message>
    <message>
        <source>Show matched user</source>
        <translation>Afficher l&apos;utilisateur trouvé</translation>
    </message>
    <message>
        <source>Show the matched user&apos;s name and avatar instead of what was typed.</source>
        <translation>Afficher le nom et l&apos;avatar de l&apos;utilisateur trouvé au lieu de ce qui a été saisi.</translation>
    </message>
    <message>
        <source>Offer &quot;Remember me&quot;</source>
        <translation>Proposer «&#xa0;Se souvenir de moi&#xa0;»</translation>
    </message>
    <message>
        <source>Let returning users skip straight to their password on this device.</source>
        <translation>Permettre aux utilisateurs qui reviennent sur cet appareil de passer directement à leur mot de passe.</translation>
    </message>
    <message>
        <source>Password stage</source>
        <translation>Étape de mot de passe</translation>
    </message>
    <message>
        <source>Ask for the password on the same page instead of a separate step.</source>
        <translation>Demander le mot de passe sur la même page plutôt que dans une étape séparée.</translation>
    </message>
    <message>
        <source>Captcha stage</source>
        <translation>Étape de captcha</translation>
    </message>
    <message>
        <source>Check a captcha on the same page.</source>
        <translation>Vérifier un captcha sur la même page.</translation>
    </message>
    <message>
        <source>Passkey (WebAuthn) stage</source>
        <translation>Étape de clé d&apos;accès (WebAuthn)</translation>
    </message>
    <message>
        <source>Allow signing in with a passkey where the browser offers one.</source>
        <translation>Permettre de se connecter avec une clé d&apos;accès lorsque le navigateur en propose une.</translation>
    </message>
    <message>
        <source>Enrollment flow</source>
        <translation>Flux d&apos;inscription</translation>
    </message>
    <message>
        <source>Linked at the bottom of the page for new users.</source>
        <translation>Lien en bas de page pour les nouveaux utilisateurs.</translation>
    </message>
    <message>
        <source>Recovery flow</source>
        <translation>Flux de récupération</translation>
    </message>
    <message>
        <source>Linked at the bottom of the page for users who forgot their password.</source>
        <translation>Lien en bas de page pour les utilisateurs qui ont oublié leur mot de passe.</translation>
    </message>
    <message>
        <source>Passwordless flow</source>
        <translation>Flux sans mot de passe</translation>
    </message>
    <message>
        <source>Linked at the bottom of the page for signing in without a password.</source>
        <translation>Lien en bas de page pour se connecter sans mot de passe.</translation>
    </message>
    <message>
        <source>Sources shown on the page, e.g. social logins.</source>
        <translation>Sources affichées sur la page, par ex. les connexions sociales.</translation>
    </message>
    <message>
        <source>Show source labels</source>
        <translation>Afficher les libellés des sources</translation>
    </message>
    <message>
        <source>Show each source&apos;s name next to its icon.</source>
        <translation>Afficher le nom de chaque source à côté de son icône.</translation>
    </message>
    <message>
        <source>Shown in the admin interface.</source>
        <translation>Affiché dans l&apos;interface d&apos;administration.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Shown as the title on the flow&apos;s pages.</source>
        <translation>Affiché comme titre sur les pages du flux.</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Part of the flow&apos;s URL: letters, numbers, &apos;-&apos; and &apos;_&apos;, at most 50.</source>
        <translation>Partie de l&apos;URL du flux&#xa0;: lettres, chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;», 50 au plus.</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>What the flow is used for, e.g. authentication or enrollment.</source>
        <translation>À quoi sert le flux, par ex. authentification ou inscription.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Who may run the flow.</source>
        <translation>Qui peut exécuter le flux.</translation>
    </message>
    <message>
        <source>Policy engine mode</source>
        <translation>Mode du moteur de politiques</translation>
    </message>
    <message>
        <source>Whether all or any bound policies must pass.</source>
        <translation>Si toutes les politiques liées ou l&apos;une d&apos;elles doivent réussir.</translation>
    </message>
    <message>
        <source>Denied action</source>
        <translation>Action en cas de refus</translation>
    </message>
    <message>
        <source>What happens when the flow denies access.</source>
        <translation>Ce qui se passe lorsque le flux refuse l&apos;accès.</translation>
    </message>
    <message>
        <source>Compatibility mode</source>
        <translation>Mode de compatibilité</translation>
    </message>
    <message>
        <source>Increases compatibility with password managers on mobile devices.</source>
        <translation>Améliore la compatibilité avec les gestionnaires de mots de passe sur les appareils mobiles.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>How the flow&apos;s pages are laid out.</source>
        <translation>Comment les pages du flux sont disposées.</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arrière-plan</translation>
    </message>
    <message>
        <source>Background image shown while the flow runs.</source>
        <translation>Image d&apos;arrière-plan affichée pendant l&apos;exécution du flux.</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>The flow the stage is bound into.</source>
        <translation>Le flux auquel l&apos;étape est liée.</translation>
    </message>
    <message>
        <source>The stage that runs at this point of the flow.</source>
        <translation>L&apos;étape qui s&apos;exécute à ce point du flux.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Stages run in ascending order.</source>
        <translation>Les étapes s&apos;exécutent dans l&apos;ordre croissant.</translation>
    </message>
    <message>
        <source>Evaluate when the flow is planned</source>
        <translation>Évaluer lors de la planification du flux</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <source>Evaluate the binding&apos;s policies when the flow is planned.</source>
        <translation>Évaluer les politiques de la liaison lors de la planification du flux.</translation>
    </message>
    <message>
        <source>Re-evaluate policies</source>
        <translation>Réévaluer les politiques</translation>
    </message>
    <message>
        <source>Evaluate the binding&apos;s policies again just before the stage is shown.</source>
        <translation>Réévaluer les politiques de la liaison juste avant l&apos;affichage de l&apos;étape.</translation>
    </message>
    <message>
        <source>Invalid response action</source>
        <translation>Action en cas de réponse invalide</translation>
    </message>
    <message>
        <source>What happens when the user&apos;s answer to this stage is invalid.</source>
        <translation>Ce qui se passe lorsque la réponse de l&apos;utilisateur à cette étape est invalide.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>akdesk::PagedListModel</name>
    <message>
        <source>cached %1, refreshing…</source>
        <translation>en cache %1, actualisation…</translation>
    </message>
    <message>
        <source>cached %1 — working offline</source>
        <translation>en cache %1 — hors ligne</translation>
    </message>
    <message>
        <source>cached %1 — the server cannot be reached</source>
        <translation>en cache %1 — le serveur est injoignable</translation>
    </message>
</context>
<context>
    <name>akdesk::PaletteModel</name>
    <message>
        <source>Working offline: stages and flows are not searched.</source>
        <translation>Hors ligne&#xa0;: les étapes et les flux ne sont pas recherchés.</translation>
    </message>
    <message>
        <source>The server cannot be reached: stages and flows are not searched.</source>
        <translation>Le serveur est injoignable&#xa0;: les étapes et les flux ne sont pas recherchés.</translation>
    </message>
    <message>
        <source>Stages and flows could not be searched: %1</source>
        <translation>Impossible de rechercher les étapes et les flux&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>akdesk::PolicyBindingDialog</name>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Negate the result</source>
        <translation>Inverser le résultat</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Pass when the policy fails with an error</source>
        <translation>Réussir quand la politique échoue sur une erreur</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Bind to %1</source>
        <translation>Lier à %1</translation>
    </message>
    <message>
        <source>An existing policy</source>
        <translation>Une politique existante</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Un groupe</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>Un utilisateur</translation>
    </message>
    <message>
        <source>A new policy</source>
        <translation>Une nouvelle politique</translation>
    </message>
    <message>
        <source>Name of the new policy</source>
        <translation>Nom de la nouvelle politique</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the policy may run before it counts as failed.</source>
        <translation>Durée pendant laquelle la politique peut s’exécuter avant d’être considérée comme échouée.</translation>
    </message>
    <message>
        <source>The result when the policy raises an error or times out.</source>
        <translation>Le résultat quand la politique lève une erreur ou dépasse le délai.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Bound:</source>
        <translation>Lié&#xa0;:</translation>
    </message>
    <message>
        <source>Bind:</source>
        <translation>Lier&#xa0;:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Délai&#xa0;:</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Politique&#xa0;:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Policy “%1”</source>
        <translation>Politique «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation>Groupe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>User “%1”</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>akdesk::PolicyBindingsModel</name>
    <message>
        <source>Policy “%1”</source>
        <translation>Politique «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation>Groupe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>User “%1”</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Binding %1</source>
        <translation>Liaison de %1</translation>
    </message>
    <message>
        <source>Could not read the policy bindings</source>
        <translation>Impossible de lire les liaisons de politiques</translation>
    </message>
    <message>
        <source>The new order was not saved; showing the server&apos;s order again</source>
        <translation>Le nouvel ordre n’a pas été enregistré&#xa0;; l’ordre du serveur est de nouveau affiché</translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached; the new order is kept as %n draft(s) and sent with the next sync.</source>
        <translation>
            <numerusform>Le serveur est injoignable&#xa0;; le nouvel ordre est gardé en %n brouillon et envoyé à la prochaine synchronisation.</numerusform>
            <numerusform>Le serveur est injoignable&#xa0;; le nouvel ordre est gardé en %n brouillons et envoyé à la prochaine synchronisation.</numerusform>
        </translation>
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
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Lié</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Negate</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Délai (s)</translation>
    </message>
    <message>
        <source>Passes on error</source>
        <translation>Réussit sur erreur</translation>
    </message>
</context>
<context>
    <name>akdesk::PolicyBindingsPanel</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Enable/disable</source>
        <translation>Activer/désactiver</translation>
    </message>
    <message>
        <source>Negate</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Test…</source>
        <translation>Tester…</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>%1 is kept as a draft: the server cannot be reached. Bind it once it is sent.</source>
        <translation>%1 est gardée en brouillon&#xa0;: le serveur est injoignable. Liez-la une fois envoyée.</translation>
    </message>
    <message>
        <source>The policy was not created: %1</source>
        <translation>La politique n’a pas été créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 bound to %2</source>
        <translation>%1 liée à %2</translation>
    </message>
    <message>
        <source>Binding %1 is queued as a draft: the server cannot be reached. It is sent with the next sync.</source>
        <translation>La liaison de %1 attend en brouillon&#xa0;: le serveur est injoignable. Elle est envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Not bound: %1</source>
        <translation>Non lié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bound %1 to %2</source>
        <translation>%1 liée à %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistrée</translation>
    </message>
    <message>
        <source>Enabled %1</source>
        <translation>%1 activée</translation>
    </message>
    <message>
        <source>Disabled %1</source>
        <translation>%1 désactivée</translation>
    </message>
    <message>
        <source>%1 now negated</source>
        <translation>%1 est maintenant inversée</translation>
    </message>
    <message>
        <source>%1 no longer negated</source>
        <translation>%1 n’est plus inversée</translation>
    </message>
    <message>
        <source>The change to %1 is queued as a draft: the server cannot be reached. It is sent with the next sync.</source>
        <translation>La modification de %1 attend en brouillon&#xa0;: le serveur est injoignable. Elle est envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 n’a pas été modifiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Moved %1 to order %2</source>
        <translation>%1 déplacée à l’ordre %2</translation>
    </message>
    <message>
        <source>Remove policy binding</source>
        <translation>Retirer la liaison de politique</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>Retirer %1 de %2&#xa0;?</translation>
    </message>
    <message>
        <source>The policy itself stays; only this binding is deleted.</source>
        <translation>La politique elle-même reste&#xa0;; seule cette liaison est supprimée.</translation>
    </message>
    <message>
        <source>Only this binding is deleted.</source>
        <translation>Seule cette liaison est supprimée.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Removing %1 is queued as a draft: the server cannot be reached. It is sent with the next sync.</source>
        <translation>Le retrait de %1 attend en brouillon&#xa0;: le serveur est injoignable. Il est envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 n’a pas été retirée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation>%1 retirée de %2</translation>
    </message>
    <message>
        <source>Move the policy binding down</source>
        <translation>Descendre la liaison de politique</translation>
    </message>
    <message>
        <source>Move the policy binding up</source>
        <translation>Monter la liaison de politique</translation>
    </message>
</context>
<context>
    <name>akdesk::PolicyKinds</name>
    <message>
        <source>Dummy Policy</source>
        <translation>Politique factice</translation>
    </message>
    <message>
        <source>Dummy Policies</source>
        <translation>Politiques factices</translation>
    </message>
    <message>
        <source>Event Matcher Policy</source>
        <translation>Politique de correspondance d’événements</translation>
    </message>
    <message>
        <source>Event Matcher Policies</source>
        <translation>Politiques de correspondance d’événements</translation>
    </message>
    <message>
        <source>Expression Policy</source>
        <translation>Politique d’expression</translation>
    </message>
    <message>
        <source>Expression Policies</source>
        <translation>Politiques d’expression</translation>
    </message>
    <message>
        <source>GeoIP Policy</source>
        <translation>Politique GeoIP</translation>
    </message>
    <message>
        <source>GeoIP Policies</source>
        <translation>Politiques GeoIP</translation>
    </message>
    <message>
        <source>Password Policy</source>
        <translation>Politique de mot de passe</translation>
    </message>
    <message>
        <source>Password Policies</source>
        <translation>Politiques de mot de passe</translation>
    </message>
    <message>
        <source>Password Expiry Policy</source>
        <translation>Politique d’expiration du mot de passe</translation>
    </message>
    <message>
        <source>Password Expiry Policies</source>
        <translation>Politiques d’expiration du mot de passe</translation>
    </message>
    <message>
        <source>Reputation Policy</source>
        <translation>Politique de réputation</translation>
    </message>
    <message>
        <source>Reputation Policies</source>
        <translation>Politiques de réputation</translation>
    </message>
    <message>
        <source>Password Uniqueness Policy</source>
        <translation>Politique d’unicité du mot de passe</translation>
    </message>
    <message>
        <source>Password Uniqueness Policies</source>
        <translation>Politiques d’unicité du mot de passe</translation>
    </message>
</context>
<context>
    <name>akdesk::PolicyTestDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Test “%1”</source>
        <translation>Tester «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Search users…</source>
        <translation>Rechercher des utilisateurs…</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>{ }  (optional: a JSON object the policy sees as request.context)</source>
        <translation>{ }  (facultatif&#xa0;: un objet JSON que la politique voit comme request.context)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>The server&apos;s log lines</source>
        <translation>Les lignes de journal du serveur</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexte&#xa0;:</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The context must be a JSON object: { &quot;key&quot;: value, … }</source>
        <translation>Le contexte doit être un objet JSON&#xa0;: { &quot;key&quot;: value, … }</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>The server did not run the test: %1</source>
        <translation>Le serveur n’a pas exécuté le test&#xa0;: %1</translation>
    </message>
    <message>
        <source>✔ Passing</source>
        <translation>✔ Réussite</translation>
    </message>
    <message>
        <source>✘ Not passing</source>
        <translation>✘ Échec</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Aucun message.</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Messages&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>akdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
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
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>A new language or appearance is used the next time akdesk starts.</source>
        <translation>Une nouvelle langue ou apparence est utilisée au prochain démarrage d&apos;akdesk.</translation>
    </message>
</context>
<context>
    <name>akdesk::ProfileLock</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossible de créer le dossier du profil %1.</translation>
    </message>
    <message>
        <source>Cannot write the lock file in %1.</source>
        <translation>Impossible d&apos;écrire le fichier de verrou dans %1.</translation>
    </message>
</context>
<context>
    <name>akdesk::RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Restored your unsaved changes from %1 (draft). Save sends them; Revert discards them.</source>
        <translation>Vos modifications non enregistrées du %1 ont été restaurées (brouillon). Enregistrer les envoie&#xa0;; Revenir les abandonne.</translation>
    </message>
    <message>
        <source>Not saved: “%1” changed on the server too. Your changes are kept as a draft; resolve the conflict here or in the Drafts panel.</source>
        <translation>Non enregistré&#xa0;: «&#xa0;%1&#xa0;» a aussi été modifié sur le serveur. Vos modifications sont conservées en brouillon&#xa0;; résolvez le conflit ici ou dans le panneau Brouillons.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Some fields need fixing first.</source>
        <translation>Certains champs doivent d&apos;abord être corrigés.</translation>
    </message>
    <message>
        <source>The server did not accept the changes; see the marked fields.</source>
        <translation>Le serveur n&apos;a pas accepté les modifications&#xa0;; voir les champs signalés.</translation>
    </message>
    <message>
        <source>Not saved: %1
Your changes are still here.</source>
        <translation>Non enregistré&#xa0;: %1
Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Bound into flows: none</source>
        <translation>Lié aux flux&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Bound into flows: %1</source>
        <translation>Lié aux flux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not on the server yet.</source>
        <translation>«&#xa0;%1&#xa0;» a des modifications qui ne sont pas encore sur le serveur.</translation>
    </message>
    <message>
        <source>Keep them as a draft to finish or sync later from the Drafts panel.</source>
        <translation>Gardez-les en brouillon pour les terminer ou les synchroniser plus tard depuis le panneau Brouillons.</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>&amp;Garder en brouillon</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>This record is not available offline: akdesk has not fetched it from the server before. Open it again once the server can be reached.</source>
        <translation>Cet enregistrement n’est pas disponible hors ligne&#xa0;: akdesk ne l’a encore jamais récupéré depuis le serveur. Rouvrez-le dès que le serveur est joignable.</translation>
    </message>
    <message>
        <source>Not saved: fix “%1” first. %2</source>
        <translation>Non enregistré : corrigez d’abord « %1 ». %2</translation>
    </message>
    <message>
        <source>Nothing to save: no field was changed.</source>
        <translation>Rien à enregistrer : aucun champ n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Saved; merged %n change(s) made on the server: %1.</source>
        <translation>
            <numerusform>Enregistré ; %n modification faite sur le serveur intégrée : %1.</numerusform>
            <numerusform>Enregistré ; %n modifications faites sur le serveur intégrées : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your edits are not being kept on disk (%1). They stay in this window; Save sends what you see here.</source>
        <translation>Vos modifications ne sont pas conservées sur le disque (%1). Elles restent dans cette fenêtre&#xa0;; Enregistrer envoie ce que vous voyez ici.</translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation>&amp;Tester…</translation>
    </message>
    <message>
        <source>Run this policy against a user (%1)</source>
        <translation>Exécuter cette politique pour un utilisateur (%1)</translation>
    </message>
    <message>
        <source>Test…</source>
        <translation>Tester…</translation>
    </message>
</context>
<context>
    <name>akdesk::RecordWriter</name>
    <message>
        <source>“%1” is no longer bound</source>
        <translation>« %1 » n&apos;est plus liée</translation>
    </message>
    <message>
        <source>“%1” is at order %2 on the server (%3 when you began)</source>
        <translation>« %1 » est à la position %2 sur le serveur (%3 quand vous avez commencé)</translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s) were added on the server</source>
        <translation>
            <numerusform>%n liaison a été ajoutée sur le serveur</numerusform>
            <numerusform>%n liaisons ont été ajoutées sur le serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the new order (%1), and %2 could not be put back; check the order of “%3”.</source>
        <translation>Le serveur a refusé le nouvel ordre (%1), et %2 n&apos;a pas pu être remis en place ; vérifiez l&apos;ordre de « %3 ».</translation>
    </message>
    <message>
        <source>The server refused the new order (%1); the order of “%2” is as it was.</source>
        <translation>Le serveur a refusé le nouvel ordre (%1) ; l&apos;ordre de « %2 » est tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>The new order is not sent yet (%1).</source>
        <translation>Le nouvel ordre n&apos;est pas encore envoyé (%1).</translation>
    </message>
    <message>
        <source>the draft would put two stages at order %1</source>
        <translation>le brouillon placerait deux étapes à la position %1</translation>
    </message>
    <message>
        <source>Another administrator changed the order of “%1” meanwhile: %2. Nothing was sent: keep the server&apos;s order, or send yours over it (Resolve conflict, in Drafts).</source>
        <translation>Un autre administrateur a modifié l&apos;ordre de « %1 » entre-temps : %2. Rien n&apos;a été envoyé : gardez l&apos;ordre du serveur, ou envoyez le vôtre par-dessus (Résoudre le conflit, dans Brouillons).</translation>
    </message>
</context>
<context>
    <name>akdesk::ReferenceEditor</name>
    <message>
        <source>Type to search…</source>
        <translation>Tapez pour chercher…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>akdesk::ReferenceModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Binding: %1 (order %2)</source>
        <translation>Liaison&#xa0;: %1 (ordre %2)</translation>
    </message>
</context>
<context>
    <name>akdesk::SchemaLoader</name>
    <message>
        <source>not an OpenAPI document: it has no paths or components</source>
        <translation>pas un document OpenAPI&#xa0;: il n&apos;a ni chemins ni composants</translation>
    </message>
    <message>
        <source>the schema is not valid JSON: %1</source>
        <translation>le schéma n&apos;est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the schema is not a JSON object</source>
        <translation>le schéma n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>akdesk::ServerSchema</name>
    <message>
        <source>bundled schema %1 (server version unknown: %2)</source>
        <translation>schéma fourni %1 (version du serveur inconnue&#xa0;: %2)</translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation>schéma %1</translation>
    </message>
    <message>
        <source>the server&apos;s own schema %1</source>
        <translation>le schéma propre au serveur %1</translation>
    </message>
    <message>
        <source>bundled schema %1 (the server&apos;s %2 did not load: %3)</source>
        <translation>schéma fourni %1 (le schéma %2 du serveur n&apos;a pas pu être chargé&#xa0;: %3)</translation>
    </message>
</context>
<context>
    <name>akdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by action or key…</source>
        <translation>Filtrer par action ou touche…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>akdesk::StageKinds</name>
    <message>
        <source>Account Lockdown Stage</source>
        <translation>Étape de verrouillage de compte</translation>
    </message>
    <message>
        <source>Account Lockdown Stages</source>
        <translation>Étapes de verrouillage de compte</translation>
    </message>
    <message>
        <source>Authenticator Duo Stage</source>
        <translation>Étape d&apos;authentificateur Duo</translation>
    </message>
    <message>
        <source>Authenticator Duo Stages</source>
        <translation>Étapes d&apos;authentificateur Duo</translation>
    </message>
    <message>
        <source>Authenticator Email Stage</source>
        <translation>Étape d&apos;authentificateur e-mail</translation>
    </message>
    <message>
        <source>Authenticator Email Stages</source>
        <translation>Étapes d&apos;authentificateur e-mail</translation>
    </message>
    <message>
        <source>Authenticator Endpoint GDTC Stage</source>
        <translation>Étape d&apos;authentificateur Endpoint GDTC</translation>
    </message>
    <message>
        <source>Authenticator Endpoint GDTC Stages</source>
        <translation>Étapes d&apos;authentificateur Endpoint GDTC</translation>
    </message>
    <message>
        <source>Authenticator SMS Stage</source>
        <translation>Étape d&apos;authentificateur SMS</translation>
    </message>
    <message>
        <source>Authenticator SMS Stages</source>
        <translation>Étapes d&apos;authentificateur SMS</translation>
    </message>
    <message>
        <source>Authenticator Static Stage</source>
        <translation>Étape d&apos;authentificateur statique</translation>
    </message>
    <message>
        <source>Authenticator Static Stages</source>
        <translation>Étapes d&apos;authentificateur statique</translation>
    </message>
    <message>
        <source>Authenticator TOTP Stage</source>
        <translation>Étape d&apos;authentificateur TOTP</translation>
    </message>
    <message>
        <source>Authenticator TOTP Stages</source>
        <translation>Étapes d&apos;authentificateur TOTP</translation>
    </message>
    <message>
        <source>Authenticator Validate Stage</source>
        <translation>Étape de validation d&apos;authentificateur</translation>
    </message>
    <message>
        <source>Authenticator Validate Stages</source>
        <translation>Étapes de validation d&apos;authentificateur</translation>
    </message>
    <message>
        <source>Authenticator WebAuthn Stage</source>
        <translation>Étape d&apos;authentificateur WebAuthn</translation>
    </message>
    <message>
        <source>Authenticator WebAuthn Stages</source>
        <translation>Étapes d&apos;authentificateur WebAuthn</translation>
    </message>
    <message>
        <source>Captcha Stage</source>
        <translation>Étape de captcha</translation>
    </message>
    <message>
        <source>Captcha Stages</source>
        <translation>Étapes de captcha</translation>
    </message>
    <message>
        <source>Consent Stage</source>
        <translation>Étape de consentement</translation>
    </message>
    <message>
        <source>Consent Stages</source>
        <translation>Étapes de consentement</translation>
    </message>
    <message>
        <source>Deny Stage</source>
        <translation>Étape de refus</translation>
    </message>
    <message>
        <source>Deny Stages</source>
        <translation>Étapes de refus</translation>
    </message>
    <message>
        <source>Dummy Stage</source>
        <translation>Étape de test</translation>
    </message>
    <message>
        <source>Dummy Stages</source>
        <translation>Étapes de test</translation>
    </message>
    <message>
        <source>Email Stage</source>
        <translation>Étape d&apos;e-mail</translation>
    </message>
    <message>
        <source>Email Stages</source>
        <translation>Étapes d&apos;e-mail</translation>
    </message>
    <message>
        <source>Endpoint Stage</source>
        <translation>Étape de point de terminaison</translation>
    </message>
    <message>
        <source>Endpoint Stages</source>
        <translation>Étapes de point de terminaison</translation>
    </message>
    <message>
        <source>Identification Stage</source>
        <translation>Étape d&apos;identification</translation>
    </message>
    <message>
        <source>Identification Stages</source>
        <translation>Étapes d&apos;identification</translation>
    </message>
    <message>
        <source>Invitation Stage</source>
        <translation>Étape d&apos;invitation</translation>
    </message>
    <message>
        <source>Invitation Stages</source>
        <translation>Étapes d&apos;invitation</translation>
    </message>
    <message>
        <source>Mutual TLS Stage</source>
        <translation>Étape TLS mutuel</translation>
    </message>
    <message>
        <source>Mutual TLS Stages</source>
        <translation>Étapes TLS mutuel</translation>
    </message>
    <message>
        <source>Password Stage</source>
        <translation>Étape de mot de passe</translation>
    </message>
    <message>
        <source>Password Stages</source>
        <translation>Étapes de mot de passe</translation>
    </message>
    <message>
        <source>Prompt Stage</source>
        <translation>Étape de saisie</translation>
    </message>
    <message>
        <source>Prompt Stages</source>
        <translation>Étapes de saisie</translation>
    </message>
    <message>
        <source>Redirect Stage</source>
        <translation>Étape de redirection</translation>
    </message>
    <message>
        <source>Redirect Stages</source>
        <translation>Étapes de redirection</translation>
    </message>
    <message>
        <source>Source Stage</source>
        <translation>Étape de source</translation>
    </message>
    <message>
        <source>Source Stages</source>
        <translation>Étapes de source</translation>
    </message>
    <message>
        <source>User Delete Stage</source>
        <translation>Étape de suppression d&apos;utilisateur</translation>
    </message>
    <message>
        <source>User Delete Stages</source>
        <translation>Étapes de suppression d&apos;utilisateur</translation>
    </message>
    <message>
        <source>User Login Stage</source>
        <translation>Étape de connexion d&apos;utilisateur</translation>
    </message>
    <message>
        <source>User Login Stages</source>
        <translation>Étapes de connexion d&apos;utilisateur</translation>
    </message>
    <message>
        <source>User Logout Stage</source>
        <translation>Étape de déconnexion d&apos;utilisateur</translation>
    </message>
    <message>
        <source>User Logout Stages</source>
        <translation>Étapes de déconnexion d&apos;utilisateur</translation>
    </message>
    <message>
        <source>User Write Stage</source>
        <translation>Étape d&apos;écriture d&apos;utilisateur</translation>
    </message>
    <message>
        <source>User Write Stages</source>
        <translation>Étapes d&apos;écriture d&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>akdesk::StageListPane</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bound into flows</source>
        <translation>Lié aux flux</translation>
    </message>
    <message>
        <source>Search stages</source>
        <translation>Chercher des étapes</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Search %1…</source>
        <translation>Chercher&#xa0;: %1…</translation>
    </message>
    <message>
        <source>Search all stages…</source>
        <translation>Chercher dans toutes les étapes…</translation>
    </message>
    <message>
        <source>Search stopped.</source>
        <translation>Recherche arrêtée.</translation>
    </message>
    <message>
        <source>Loading stages…</source>
        <translation>Chargement des étapes…</translation>
    </message>
    <message>
        <source>Loading more… (%1 of %2)</source>
        <translation>Chargement de la suite… (%1 sur %2)</translation>
    </message>
    <message>
        <source>There are no stages of this kind yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;étape de ce type.</translation>
    </message>
    <message>
        <source>No stages match the search or filters.</source>
        <translation>Aucune étape ne correspond à la recherche ou aux filtres.</translation>
    </message>
    <message>
        <source>%1 of %2 stages loaded — scroll for more</source>
        <translation>%1 étapes sur %2 chargées — faites défiler pour en voir plus</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the stages: %1</source>
        <translation>Impossible de charger les étapes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading more… (%1 so far)</source>
        <translation>Chargement de la suite… (%1 jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>%1 stages loaded — scroll for more</source>
        <translation>%1 étapes chargées — faites défiler pour la suite</translation>
    </message>
    <message>
        <source>Search policies</source>
        <translation>Rechercher des politiques</translation>
    </message>
    <message>
        <source>Search all policies…</source>
        <translation>Rechercher dans toutes les politiques…</translation>
    </message>
    <message>
        <source>Loading policies…</source>
        <translation>Chargement des politiques…</translation>
    </message>
    <message>
        <source>There are no policies of this kind yet.</source>
        <translation>Il n’y a pas encore de politique de ce type.</translation>
    </message>
    <message>
        <source>No policies match the search or filters.</source>
        <translation>Aucune politique ne correspond à la recherche ou aux filtres.</translation>
    </message>
    <message>
        <source>%1 policies loaded — scroll for more</source>
        <translation>%1 politiques chargées — faites défiler pour la suite</translation>
    </message>
    <message>
        <source>%1 of %2 policies loaded — scroll for more</source>
        <translation>%1 politiques sur %2 chargées — faites défiler pour la suite</translation>
    </message>
    <message>
        <source>Could not load the policies: %1</source>
        <translation>Impossible de charger les politiques&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>%n politique</numerusform>
            <numerusform>%n politiques</numerusform>
        </translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <source>%1…  (Esc stops a running search)</source>
        <translation>%1…  (Échap arrête une recherche en cours)</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
</context>
<context>
    <name>akdesk::StageTypesModel</name>
    <message>
        <source>the server&apos;s answer was not a list</source>
        <translation>la réponse du serveur n&apos;était pas une liste</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>%1 (akdesk has no form for this kind)</source>
        <translation>%1 (akdesk n&apos;a pas de formulaire pour ce type)</translation>
    </message>
</context>
<context>
    <name>akdesk::TextFieldEditor</name>
    <message>
        <source>letters, numbers, - and _</source>
        <translation>lettres, chiffres, - et _</translation>
    </message>
</context>
<context>
    <name>akdesk::TokenPrompt</name>
    <message>
        <source>Keep the token in a &amp;file readable only by me</source>
        <translation>Conserver le jeton dans un &amp;fichier lisible par moi seul</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Travailler &amp;hors ligne</translation>
    </message>
    <message>
        <source>Token for “%1”</source>
        <translation>Jeton pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>akdesk has no API token stored for “%1” (%2). Enter an administrator&apos;s token (authentik: Directory ▸ Tokens).</source>
        <translation>akdesk n’a aucun jeton d’API enregistré pour «&#xa0;%1&#xa0;» (%2). Saisissez le jeton d’un administrateur (authentik&#xa0;: Annuaire ▸ Jetons).</translation>
    </message>
    <message>
        <source>No keychain is available (%1): a token kept for one session is gone after akdesk ends. Tick the box below to keep it in a file readable only by you.</source>
        <translation>Aucun trousseau disponible (%1)&#xa0;: un jeton conservé pour une session disparaît à la fermeture d’akdesk. Cochez la case ci-dessous pour le conserver dans un fichier lisible par vous seul.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
</context>
<context>
    <name>akdesk::TokenVault</name>
    <message>
        <source>in the system keychain</source>
        <translation>dans le trousseau du système</translation>
    </message>
    <message>
        <source>in a file readable only by you</source>
        <translation>dans un fichier lisible par vous seul</translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation>pour cette session uniquement</translation>
    </message>
    <message>
        <source>nowhere (no token)</source>
        <translation>nulle part (pas de jeton)</translation>
    </message>
    <message>
        <source>the keychain is turned off</source>
        <translation>le trousseau est désactivé</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation>Le jeton est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). As you allowed, the token is kept in %2, readable only by you.</source>
        <translation>Aucun trousseau disponible (%1). Comme vous l&apos;avez autorisé, le jeton est conservé dans %2, lisible par vous seul.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The token is kept for this session only; allow a file readable only by you to keep it.</source>
        <translation>Aucun trousseau disponible (%1). Le jeton est conservé pour cette session uniquement&#xa0;; autorisez un fichier lisible par vous seul pour le garder.</translation>
    </message>
</context>
<context>
    <name>akdesk::Validation</name>
    <message>
        <source>Use unit=value pairs separated by &quot;;&quot; with units weeks, days, hours, minutes, seconds, milliseconds or microseconds, e.g. hours=1;minutes=30.</source>
        <translation>Utilisez des paires unité=valeur séparées par «&#xa0;;&#xa0;» avec les unités weeks, days, hours, minutes, seconds, milliseconds ou microseconds, par ex. hours=1;minutes=30.</translation>
    </message>
    <message>
        <source>This field may not be blank.</source>
        <translation>Ce champ ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Enter a valid &quot;slug&quot; consisting of letters, numbers, underscores or hyphens.</source>
        <translation>Saisissez un «&#xa0;slug&#xa0;» valide composé de lettres, de chiffres, de tirets bas ou de traits d&apos;union.</translation>
    </message>
    <message>
        <source>Ensure this field has no more than %1 characters.</source>
        <translation>Assurez-vous que ce champ ne comporte pas plus de %1 caractères.</translation>
    </message>
    <message>
        <source>Must be a valid UUID.</source>
        <translation>Doit être un UUID valide.</translation>
    </message>
    <message>
        <source>This value does not match the required pattern %1.</source>
        <translation>Cette valeur ne correspond pas au motif requis %1.</translation>
    </message>
    <message>
        <source>A valid integer is required.</source>
        <translation>Un nombre entier valide est requis.</translation>
    </message>
    <message>
        <source>Ensure this value is greater than or equal to %1.</source>
        <translation>Assurez-vous que cette valeur est supérieure ou égale à %1.</translation>
    </message>
    <message>
        <source>Ensure this value is less than or equal to %1.</source>
        <translation>Assurez-vous que cette valeur est inférieure ou égale à %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid choice.</source>
        <translation>%1 n&apos;est pas un choix valide.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;&quot; is not a valid choice.</source>
        <translation>&quot;&quot; n&apos;est pas un choix valide.</translation>
    </message>
    <message>
        <source>Must be a valid boolean.</source>
        <translation>Doit être un booléen valide.</translation>
    </message>
    <message>
        <source>A valid number is required.</source>
        <translation>Un nombre valide est requis.</translation>
    </message>
    <message>
        <source>Expected a dictionary of items.</source>
        <translation>Un dictionnaire d&apos;éléments était attendu.</translation>
    </message>
    <message>
        <source>Not a valid string.</source>
        <translation>Chaîne de caractères non valide.</translation>
    </message>
    <message>
        <source>This field may not be null.</source>
        <translation>Ce champ ne peut pas être nul.</translation>
    </message>
    <message>
        <source>Expected a list of items but got type &quot;%1&quot;.</source>
        <translation>Une liste d&apos;éléments était attendue, mais le type «&#xa0;%1&#xa0;» a été reçu.</translation>
    </message>
    <message>
        <source>Choose a stage.</source>
        <translation>Choisissez une étape.</translation>
    </message>
    <message>
        <source>Choose a flow.</source>
        <translation>Choisissez un flux.</translation>
    </message>
    <message>
        <source>Choose a source.</source>
        <translation>Choisissez une source.</translation>
    </message>
    <message>
        <source>Choose one of the listed items.</source>
        <translation>Choisissez l’un des éléments proposés.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Choisissez l’une des valeurs proposées.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Saisissez un titre.</translation>
    </message>
    <message>
        <source>Enter a slug: letters, numbers, “-” and “_”.</source>
        <translation>Saisissez un slug : lettres, chiffres, « - » et « _ ».</translation>
    </message>
    <message>
        <source>Enter a duration, e.g. hours=1;minutes=30.</source>
        <translation>Saisissez une durée, p. ex. hours=1;minutes=30.</translation>
    </message>
    <message>
        <source>Fill in this field.</source>
        <translation>Remplissez ce champ.</translation>
    </message>
    <message>
        <source>Enter a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6.</source>
        <translation>Saisissez un UUID, p. ex. 3fa85f64-5717-4562-b3fc-2c963f66afa6.</translation>
    </message>
    <message>
        <source>A slug may only hold letters, numbers, “-” and “_”.</source>
        <translation>Un slug ne peut contenir que des lettres, des chiffres, « - » et « _ ».</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Utilisez au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>Enter %1 or more.</source>
        <translation>Saisissez %1 ou plus.</translation>
    </message>
    <message>
        <source>Enter %1 or less.</source>
        <translation>Saisissez %1 ou moins.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Choisissez oui ou non.</translation>
    </message>
    <message>
        <source>Enter a JSON object: { … }.</source>
        <translation>Saisissez un objet JSON : { … }.</translation>
    </message>
    <message>
        <source>Enter a JSON list: [ … ].</source>
        <translation>Saisissez une liste JSON : [ … ].</translation>
    </message>
    <message>
        <source>Enter text.</source>
        <translation>Saisissez du texte.</translation>
    </message>
    <message>
        <source>Enter text that matches %1.</source>
        <translation>Saisissez un texte correspondant à %1.</translation>
    </message>
</context>
<context>
    <name>akdesk::blueprints</name>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>incomplete format</source>
        <translation>format incomplet</translation>
    </message>
    <message>
        <source>format requires a mapping</source>
        <translation>le format exige un dictionnaire</translation>
    </message>
    <message>
        <source>not enough arguments for format string</source>
        <translation>pas assez d’arguments pour la chaîne de format</translation>
    </message>
    <message>
        <source>%1 format: a real number is required, not %2</source>
        <translation>format %1&#xa0;: un nombre est requis, pas %2</translation>
    </message>
    <message>
        <source>must be real number, not %1</source>
        <translation>doit être un nombre, pas %1</translation>
    </message>
    <message>
        <source>unsupported format character &apos;%1&apos;</source>
        <translation>caractère de format non pris en charge «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not all arguments converted during string formatting</source>
        <translation>tous les arguments n’ont pas été utilisés lors du formatage</translation>
    </message>
</context>
<context>
    <name>akdesk::blueprints::BlueprintResolver</name>
    <message>
        <source>the model must be &quot;app.model&quot;, e.g. authentik_flows.flow</source>
        <translation>le modèle doit être «&#xa0;app.modèle&#xa0;», p. ex. authentik_flows.flow</translation>
    </message>
    <message>
        <source>`state` must be present, created, must_created or absent, not &quot;%1&quot;</source>
        <translation>`state` doit valoir present, created, must_created ou absent, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No or invalid identifiers</source>
        <translation>Identifiants (identifiers) absents ou invalides</translation>
    </message>
    <message>
        <source>the context value %1 refers to itself</source>
        <translation>la valeur de contexte %1 renvoie à elle-même</translation>
    </message>
    <message>
        <source>failed to find entry with `id` of `%1` and a model instance</source>
        <translation>aucune entrée avec l’`id` `%1` et un objet n’a été trouvée</translation>
    </message>
    <message>
        <source>no entry has this id</source>
        <translation>aucune entrée n’a cet id</translation>
    </message>
    <message>
        <source>that entry comes later; authentik resolves entries in order</source>
        <translation>cette entrée vient plus loin&#xa0;; authentik résout les entrées dans l’ordre</translation>
    </message>
    <message>
        <source>that entry has no object yet</source>
        <translation>cette entrée n’a pas encore d’objet</translation>
    </message>
    <message>
        <source>the server&apos;s environment variable %1 decides this value; shown is the default</source>
        <translation>la variable d’environnement %1 du serveur décide de cette valeur&#xa0;; la valeur par défaut est affichée</translation>
    </message>
    <message>
        <source>the file %1 on the server cannot be read here; shown is the default</source>
        <translation>le fichier %1 du serveur ne peut pas être lu ici&#xa0;; la valeur par défaut est affichée</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>At least one value is required after mode selection.</source>
        <translation>Au moins une valeur est requise après le mode.</translation>
    </message>
    <message>
        <source>unknown mode %1; use AND, NAND, OR, NOR, XOR or XNOR</source>
        <translation>mode inconnu %1&#xa0;; utilisez AND, NAND, OR, NOR, XOR ou XNOR</translation>
    </message>
    <message>
        <source>only usable inside an !Enumerate tag</source>
        <translation>utilisable uniquement dans une balise !Enumerate</translation>
    </message>
    <message>
        <source>invalid depth: %1. Max depth: %2</source>
        <translation>profondeur invalide&#xa0;: %1. Profondeur maximale&#xa0;: %2</translation>
    </message>
    <message>
        <source>Empty/invalid context: the !Enumerate at depth %1 is not walking its items yet</source>
        <translation>Contexte vide ou invalide&#xa0;: le !Enumerate de profondeur %1 ne parcourt pas encore ses éléments</translation>
    </message>
    <message>
        <source>Invalid index for list: %1</source>
        <translation>Index invalide pour la liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Index out of range: %1</source>
        <translation>Index hors limites&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key does not exist: %1</source>
        <translation>La clé n’existe pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot index %1</source>
        <translation>impossible d’indexer %1</translation>
    </message>
    <message>
        <source>unknown tag; its value is left out</source>
        <translation>balise inconnue&#xa0;; sa valeur est omise</translation>
    </message>
    <message>
        <source>each condition is a list of a field and a value</source>
        <translation>chaque condition est une liste d’un champ et d’une valeur</translation>
    </message>
    <message>
        <source>looked up on the server: %1 where %2</source>
        <translation>recherché sur le serveur&#xa0;: %1 où %2</translation>
    </message>
    <message>
        <source>no %1 where %2 on the server</source>
        <translation>aucun %1 où %2 sur le serveur</translation>
    </message>
    <message>
        <source>expects [iterable, SEQ or MAP, item]</source>
        <translation>attend [itérable, SEQ ou MAP, élément]</translation>
    </message>
    <message>
        <source>the iterable references this tag&apos;s own context. This is a noop. Check you are setting depth bigger than 0.</source>
        <translation>l’itérable renvoie au contexte de cette balise même et ne fait rien. Indiquez une profondeur supérieure à 0.</translation>
    </message>
    <message>
        <source>the iterable must be a sequence or a mapping</source>
        <translation>l’itérable doit être une liste ou un dictionnaire</translation>
    </message>
    <message>
        <source>the output must be SEQ or MAP, not %1</source>
        <translation>la sortie doit être SEQ ou MAP, pas %1</translation>
    </message>
    <message>
        <source>Invalid Enumerate item found: %1</source>
        <translation>Élément Enumerate invalide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>akdesk::blueprints::Reader</name>
    <message>
        <source>expects a single value, not a list</source>
        <translation>attend une seule valeur, pas une liste</translation>
    </message>
    <message>
        <source>expects a depth (a whole number)</source>
        <translation>attend une profondeur (un nombre entier)</translation>
    </message>
    <message>
        <source>expects a name, or a list of a name and a default value</source>
        <translation>attend un nom, ou une liste d’un nom et d’une valeur par défaut</translation>
    </message>
    <message>
        <source>expects a list of arguments</source>
        <translation>attend une liste d’arguments</translation>
    </message>
    <message>
        <source>expects [condition] or [condition, value if true, value if false]</source>
        <translation>attend [condition] ou [condition, valeur si vrai, valeur si faux]</translation>
    </message>
    <message>
        <source>expects [iterable, SEQ or MAP, item]</source>
        <translation>attend [itérable, SEQ ou MAP, élément]</translation>
    </message>
    <message>
        <source>expects [object, index] or [object, index, default]</source>
        <translation>attend [objet, index] ou [objet, index, valeur par défaut]</translation>
    </message>
    <message>
        <source>expects at least one argument</source>
        <translation>attend au moins un argument</translation>
    </message>
    <message>
        <source>each condition is a list of a field and a value</source>
        <translation>chaque condition est une liste d’un champ et d’une valeur</translation>
    </message>
    <message>
        <source>a mapping key must be plain text</source>
        <translation>une clé doit être du texte simple</translation>
    </message>
    <message>
        <source>authentik has no tag for mappings</source>
        <translation>authentik n’a pas de balise pour les dictionnaires</translation>
    </message>
    <message>
        <source>unknown tag; authentik knows %1</source>
        <translation>balise inconnue&#xa0;; authentik connaît %1</translation>
    </message>
    <message>
        <source>an entry is a mapping with at least `model`</source>
        <translation>une entrée est un dictionnaire avec au moins `model`</translation>
    </message>
    <message>
        <source>`id` must be text</source>
        <translation>`id` doit être du texte</translation>
    </message>
    <message>
        <source>the entry has no `model`</source>
        <translation>l’entrée n’a pas de `model`</translation>
    </message>
    <message>
        <source>`state` must be present, created, must_created or absent, not &quot;%1&quot;</source>
        <translation>`state` doit valoir present, created, must_created ou absent, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>`state` must be present, created, must_created or absent</source>
        <translation>`state` doit valoir present, created, must_created ou absent</translation>
    </message>
    <message>
        <source>`conditions` must be a list</source>
        <translation>`conditions` doit être une liste</translation>
    </message>
    <message>
        <source>`identifiers` must be a mapping</source>
        <translation>`identifiers` doit être un dictionnaire</translation>
    </message>
    <message>
        <source>`attrs` must be a mapping</source>
        <translation>`attrs` doit être un dictionnaire</translation>
    </message>
    <message>
        <source>`permissions` must be a list</source>
        <translation>`permissions` doit être une liste</translation>
    </message>
    <message>
        <source>entries made by a tag are not supported; write them out as a list</source>
        <translation>les entrées produites par une balise ne sont pas prises en charge&#xa0;; écrivez-les sous forme de liste</translation>
    </message>
    <message>
        <source>`entries` must be a list, or a mapping of lists</source>
        <translation>`entries` doit être une liste, ou un dictionnaire de listes</translation>
    </message>
    <message>
        <source>a blueprint is a mapping with `version` and `entries`</source>
        <translation>un blueprint est un dictionnaire avec `version` et `entries`</translation>
    </message>
    <message>
        <source>`version` must be a number</source>
        <translation>`version` doit être un nombre</translation>
    </message>
    <message>
        <source>invalid blueprint version %1; authentik reads version 1</source>
        <translation>version de blueprint invalide %1&#xa0;; authentik lit la version 1</translation>
    </message>
    <message>
        <source>`metadata` needs a `name`</source>
        <translation>`metadata` exige un `name`</translation>
    </message>
    <message>
        <source>the label %1 must be text (quote it)</source>
        <translation>le label %1 doit être du texte (mettez-le entre guillemets)</translation>
    </message>
    <message>
        <source>`context` must be a mapping</source>
        <translation>`context` doit être un dictionnaire</translation>
    </message>
</context>
<context>
    <name>akdesk::paging</name>
    <message>
        <source>page %1 names page %2 as the next one</source>
        <translation>la page %1 désigne la page %2 comme suivante</translation>
    </message>
    <message>
        <source>page %1 names page %2 as the next one, but the list has only %3 pages</source>
        <translation>la page %1 désigne la page %2 comme suivante, mais la liste n&apos;a que %3 pages</translation>
    </message>
    <message>
        <source>page %1 is empty but names page %2 as the next one</source>
        <translation>la page %1 est vide mais désigne la page %2 comme suivante</translation>
    </message>
    <message>
        <source>the server&apos;s paging of %1 is inconsistent: %2; akdesk stopped reading further pages</source>
        <translation>la pagination du serveur pour %1 est incohérente&#xa0;: %2&#xa0;; akdesk a cessé de lire les pages suivantes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administer the flows and stages of an authentik server.</source>
        <translation>Administrer les flux et les étapes d&apos;un serveur authentik.</translation>
    </message>
    <message>
        <source>Open on the embedded sandbox server.</source>
        <translation>Ouvrir sur le serveur bac à sable intégré.</translation>
    </message>
    <message>
        <source>With --sandbox: add &lt;n&gt; generated stages.</source>
        <translation>Avec --sandbox&#xa0;: ajouter &lt;n&gt; étapes générées.</translation>
    </message>
    <message>
        <source>authentik server URL (token from AKDESK_TOKEN, else the keychain).</source>
        <translation>URL du serveur authentik (jeton pris dans AKDESK_TOKEN, sinon dans le trousseau).</translation>
    </message>
    <message>
        <source>Work offline: show what was fetched last and keep every change as a draft.</source>
        <translation>Travailler hors ligne&#xa0;: afficher ce qui a été récupéré en dernier et garder chaque modification en brouillon.</translation>
    </message>
    <message>
        <source>Connection profile to open (its server, token, drafts and cache).</source>
        <translation>Profil de connexion à ouvrir (son serveur, son jeton, ses brouillons et son cache).</translation>
    </message>
    <message>
        <source>With --sandbox: a server without an enterprise licence.</source>
        <translation>Avec --sandbox&#xa0;: un serveur sans licence Enterprise.</translation>
    </message>
    <message>
        <source>Try “akdesk --help”.</source>
        <translation>Essayez «&#xa0;akdesk --help&#xa0;».</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--seed-stages takes a count</source>
        <translation>--seed-stages attend un nombre</translation>
    </message>
    <message>
        <source>not a server URL: %1</source>
        <translation>pas une URL de serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>With --sandbox: delay every answer by &lt;ms&gt;, plus &lt;per-row-ms&gt; per row it returns. A real authentik: 60,0.3.</source>
        <translation>Avec --sandbox&#xa0;: retarder chaque réponse de &lt;ms&gt;, plus &lt;per-row-ms&gt; par ligne renvoyée. Un vrai authentik&#xa0;: 60,0.3.</translation>
    </message>
    <message>
        <source>With --sandbox: serve at most &lt;n&gt; requests at once. A real authentik: 4.</source>
        <translation>Avec --sandbox&#xa0;: servir au plus &lt;n&gt; requêtes à la fois. Un vrai authentik&#xa0;: 4.</translation>
    </message>
    <message>
        <source>--latency takes milliseconds, optionally followed by ,milliseconds per row (60,0.3)</source>
        <translation>--latency attend des millisecondes, éventuellement suivies de ,millisecondes par ligne (60,0.3)</translation>
    </message>
    <message>
        <source>--workers takes a count of at least 1</source>
        <translation>--workers attend un nombre d’au moins 1</translation>
    </message>
</context>
</TS>
