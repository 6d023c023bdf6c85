<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FieldEditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>akdesk::AboutDialog</name>
    <message>
        <source>About akdesk</source>
        <translation>Über akdesk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Administer the flows and stages of an authentik server.</source>
        <translation>Die Abläufe und Phasen eines authentik-Servers verwalten.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the versions of akdesk, Qt and the server for a bug report</source>
        <translation>Die Versionen von akdesk, Qt und dem Server für einen Fehlerbericht kopieren</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1 — working offline, so its version was not asked</source>
        <translation>%1 — offline, daher wurde seine Version nicht abgefragt</translation>
    </message>
    <message>
        <source>%1 — asking for its version…</source>
        <translation>%1 — Version wird abgefragt …</translation>
    </message>
    <message>
        <source>%1 — not connected: %2</source>
        <translation>%1 — nicht verbunden: %2</translation>
    </message>
    <message>
        <source>%1 — the server did not say which version it runs</source>
        <translation>%1 — der Server hat nicht angegeben, welche Version er ausführt</translation>
    </message>
    <message>
        <source>%1 — authentik %2 (as last seen %3; the server cannot be reached now)</source>
        <translation>%1 — authentik %2 (zuletzt gesehen %3; der Server ist gerade nicht erreichbar)</translation>
    </message>
    <message>
        <source>%1 — authentik %2</source>
        <translation>%1 — authentik %2</translation>
    </message>
    <message>
        <source>akdesk is free software under the MIT licence:</source>
        <translation>akdesk ist freie Software unter der MIT-Lizenz:</translation>
    </message>
    <message>
        <source>akdesk builds on:</source>
        <translation>akdesk baut auf:</translation>
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
        <translation>BSD-3-Clause-Lizenz</translation>
    </message>
    <message>
        <source>authentik API schema</source>
        <translation>authentik-API-Schema</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>MIT-Lizenz</translation>
    </message>
    <message>
        <source>Qt is used as shared libraries of your system, which you may replace with your own build.</source>
        <translation>Qt wird als gemeinsam genutzte Bibliotheken Ihres Systems verwendet, die Sie durch eine eigene Version ersetzen können.</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>wird nicht geschrieben</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Protokolldatei:</translation>
    </message>
    <message>
        <source>Copy &amp;log</source>
        <translation>&amp;Protokoll kopieren</translation>
    </message>
    <message>
        <source>akdesk could not write a log file in this session</source>
        <translation>akdesk konnte in dieser Sitzung keine Protokolldatei schreiben</translation>
    </message>
    <message>
        <source>Copy the versions and the log&apos;s recent lines for a bug report (tokens are already removed)</source>
        <translation>Die Versionen und die letzten Zeilen des Protokolls für einen Fehlerbericht kopieren (Tokens sind bereits entfernt)</translation>
    </message>
</context>
<context>
    <name>akdesk::AddBindingDialog</name>
    <message>
        <source>Add a stage to “%1”</source>
        <translation>Eine Phase zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Choose a stage…</source>
        <translation>Phase wählen …</translation>
    </message>
    <message>
        <source>Stages run in ascending order.</source>
        <translation>Phasen laufen in aufsteigender Reihenfolge.</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>The stage itself is not changed; it also runs in this flow.</source>
        <translation>Die Phase selbst wird nicht geändert; sie läuft zusätzlich in diesem Ablauf.</translation>
    </message>
    <message>
        <source>Choose the stage to bind first.</source>
        <translation>Wählen Sie zuerst die Phase, die gebunden werden soll.</translation>
    </message>
</context>
<context>
    <name>akdesk::ApiClient</name>
    <message>
        <source>no valid server address is set</source>
        <translation>es ist keine gültige Serveradresse eingestellt</translation>
    </message>
</context>
<context>
    <name>akdesk::ApiError</name>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>akdesk does not send the token over plain http to another computer; use https, or confirm the exception in the connection&apos;s settings</source>
        <translation>akdesk sendet das Token nicht über unverschlüsseltes http an einen anderen Computer; verwenden Sie https oder bestätigen Sie die Ausnahme in den Einstellungen der Verbindung</translation>
    </message>
    <message>
        <source>the answer is larger than %1, more than any answer akdesk expects</source>
        <translation>die Antwort ist größer als %1, mehr als akdesk bei irgendeiner Antwort erwartet</translation>
    </message>
    <message>
        <source>The server rejected the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Not signed in: the token was refused (HTTP %1).</source>
        <translation>Nicht angemeldet: das Token wurde abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Not signed in: the token was refused (%1)</source>
        <translation>Nicht angemeldet: das Token wurde abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Not allowed (HTTP %1).</source>
        <translation>Nicht erlaubt (HTTP %1).</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation>Nicht gefunden (HTTP 404).</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>The object was changed or already exists on the server (HTTP %1).</source>
        <translation>Das Objekt wurde auf dem Server geändert oder existiert dort bereits (HTTP %1).</translation>
    </message>
    <message>
        <source>The server is receiving too many requests; try again later (HTTP 429).</source>
        <translation>Der Server erhält zu viele Anfragen; versuchen Sie es später erneut (HTTP 429).</translation>
    </message>
    <message>
        <source>The proxy in front of the server got no answer from it (HTTP %1).</source>
        <translation>Der Proxy vor dem Server hat von ihm keine Antwort erhalten (HTTP %1).</translation>
    </message>
    <message>
        <source>The server is unavailable at the moment (HTTP 503).</source>
        <translation>Der Server ist im Moment nicht verfügbar (HTTP 503).</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1).</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server did not answer within %1.</source>
        <translation>Der Server hat nicht innerhalb von %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused</source>
        <translation>Keine Verbindung zu %1: Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Could not connect to %1: host not found</source>
        <translation>Keine Verbindung zu %1: Host nicht gefunden</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the answer arrived</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die Antwort eintraf</translation>
    </message>
    <message>
        <source>Could not connect securely to %1: %2 Nothing was sent. Certificate: %3</source>
        <translation>Keine sichere Verbindung zu %1: %2 Es wurde nichts gesendet. Zertifikat: %3</translation>
    </message>
    <message>
        <source>Could not connect securely to %1: %2</source>
        <translation>Keine sichere Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>akdesk is working offline; nothing was sent to the server.</source>
        <translation>akdesk arbeitet offline; es wurde nichts an den Server gesendet.</translation>
    </message>
    <message>
        <source>The server sent an answer akdesk could not read.</source>
        <translation>Der Server hat eine Antwort gesendet, die akdesk nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The server sent an answer akdesk could not read: %1</source>
        <translation>Der Server hat eine Antwort gesendet, die akdesk nicht lesen konnte: %1</translation>
    </message>
    <message>
        <source>the server sent akdesk on to another address (%1); akdesk does not follow it, so that your token goes only to %2. Check the server URL of the connection</source>
        <translation>der Server hat akdesk an eine andere Adresse weitergeleitet (%1); akdesk folgt ihr nicht, damit Ihr Token nur an %2 geht. Prüfen Sie die Server-URL der Verbindung</translation>
    </message>
    <message>
        <source>the server&apos;s redirects go round in a circle; check the server URL of the connection and the proxy in front of authentik</source>
        <translation>die Weiterleitungen des Servers drehen sich im Kreis; prüfen Sie die Server-URL der Verbindung und den Proxy vor authentik</translation>
    </message>
    <message>
        <source>Redirect not followed: %1.</source>
        <translation>Weiterleitung nicht gefolgt: %1.</translation>
    </message>
    <message>
        <source>its compressed (%1) answer could not be unpacked: it is damaged, or it would grow far beyond the size it was sent as (a decompression bomb), so akdesk stopped reading it</source>
        <translation>seine komprimierte Antwort (%1) ließ sich nicht entpacken: Sie ist beschädigt oder würde weit über die gesendete Größe hinaus anwachsen (eine Dekompressionsbombe), daher hat akdesk das Lesen abgebrochen</translation>
    </message>
    <message>
        <source>The server&apos;s answer came too slowly: it had not arrived completely after %1.</source>
        <translation>Die Antwort des Servers kam zu langsam: Nach %1 war sie noch nicht vollständig da.</translation>
    </message>
</context>
<context>
    <name>akdesk::ApiReply</name>
    <message>
        <source>%1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation>%1, ausgestellt von %2, gültig von %3 bis %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>no HTTP status in the answer</source>
        <translation>kein HTTP-Status in der Antwort</translation>
    </message>
    <message>
        <source>the answer to %1 %2 was empty, JSON was expected</source>
        <translation>die Antwort auf %1 %2 war leer, erwartet wurde JSON</translation>
    </message>
    <message>
        <source>the answer to %1 %2 is not JSON (%3 at byte %4)</source>
        <translation>die Antwort auf %1 %2 ist kein JSON (%3 bei Byte %4)</translation>
    </message>
    <message>
        <source>the answer to GET %1 is not a paged list (no &quot;results&quot;)</source>
        <translation>die Antwort auf GET %1 ist keine seitenweise Liste (kein „results“)</translation>
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
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>Drafts cannot be kept on disk (%1). akdesk works, but an edit is only safe once it is saved to the server.</source>
        <translation>Entwürfe können nicht auf der Festplatte gespeichert werden (%1). akdesk funktioniert, aber eine Änderung ist erst sicher, wenn sie auf dem Server gespeichert ist.</translation>
    </message>
    <message>
        <source>The embedded sandbox could not listen on 127.0.0.1.</source>
        <translation>Die eingebettete Sandbox konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>bundled schema %1</source>
        <translation>mitgeliefertes Schema %1</translation>
    </message>
    <message>
        <source>akdesk — %1 (%2)</source>
        <translation>akdesk — %1 (%2)</translation>
    </message>
    <message>
        <source>Working offline with the lists fetched last (%1)</source>
        <translation>Offline mit den zuletzt abgerufenen Listen (%1)</translation>
    </message>
    <message>
        <source>Connected to %1, using %2</source>
        <translation>Verbunden mit %1, verwendet %2</translation>
    </message>
    <message>
        <source>Welcome to akdesk</source>
        <translation>Willkommen bei akdesk</translation>
    </message>
    <message>
        <source>akdesk administers the flows and stages of an authentik server.</source>
        <translation>akdesk verwaltet die Abläufe und Phasen eines authentik-Servers.</translation>
    </message>
    <message>
        <source>Connect to your server with an API token, try everything on the embedded sandbox (a small authentik on this computer), or work offline.</source>
        <translation>Verbinden Sie sich mit einem API-Token mit Ihrem Server, probieren Sie alles in der eingebetteten Sandbox aus (ein kleines authentik auf diesem Computer) oder arbeiten Sie offline.</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Mit einem Server &amp;verbinden …</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox</source>
        <translation>&amp;Sandbox öffnen</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The certificate is trusted for “%1” (%2). Refresh to load again.</source>
        <translation>Dem Zertifikat wird für „%1“ vertraut (%2). Aktualisieren Sie, um erneut zu laden.</translation>
    </message>
    <message>
        <source>Nothing to show offline yet</source>
        <translation>Offline noch nichts anzuzeigen</translation>
    </message>
    <message>
        <source>Working offline shows the lists and records akdesk fetched before from “%1”, and nothing has been fetched yet. Connect to a server or open the sandbox once; after that, akdesk can work offline with what it fetched.</source>
        <translation>Offline zeigt akdesk die Listen und Datensätze, die es zuvor von „%1“ geladen hat, und bisher wurde nichts geladen. Verbinden Sie sich einmal mit einem Server oder öffnen Sie die Sandbox; danach kann akdesk mit dem Geladenen offline arbeiten.</translation>
    </message>
    <message>
        <source>“%1” is already open in another akdesk (process %2).</source>
        <translation>„%1“ ist bereits in einem anderen akdesk geöffnet (Prozess %2).</translation>
    </message>
    <message>
        <source>Its window was brought forward.</source>
        <translation>Sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>One akdesk per connection keeps its drafts from overwriting each other. Work in that window, or open another connection here.</source>
        <translation>Ein akdesk pro Verbindung verhindert, dass sich Entwürfe gegenseitig überschreiben. Arbeiten Sie in jenem Fenster weiter oder öffnen Sie hier eine andere Verbindung.</translation>
    </message>
    <message>
        <source>Open &amp;another connection…</source>
        <translation>&amp;Andere Verbindung öffnen…</translation>
    </message>
    <message>
        <source>The server now runs authentik %1: open the connection again to use its schema.</source>
        <translation>Der Server läuft jetzt mit authentik %1: Öffnen Sie die Verbindung erneut, um sein Schema zu verwenden.</translation>
    </message>
</context>
<context>
    <name>akdesk::BindingSetTest</name>
    <message>
        <source>Disabled: not evaluated.</source>
        <translation>Deaktiviert: nicht ausgewertet.</translation>
    </message>
    <message>
        <source>This is the bound user.</source>
        <translation>Das ist der gebundene Benutzer.</translation>
    </message>
    <message>
        <source>Another user is bound.</source>
        <translation>Ein anderer Benutzer ist gebunden.</translation>
    </message>
    <message>
        <source>The user&apos;s groups could not be read: %1</source>
        <translation>Die Gruppen des Benutzers konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The user is a member of this group.</source>
        <translation>Der Benutzer ist Mitglied dieser Gruppe.</translation>
    </message>
    <message>
        <source>The user is not a member of this group.</source>
        <translation>Der Benutzer ist kein Mitglied dieser Gruppe.</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>Nicht getestet: %1</translation>
    </message>
</context>
<context>
    <name>akdesk::BindingSetTestDialog</name>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Test who reaches %1</source>
        <translation>Testen, wer %1 erreicht</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>The server&apos;s log lines appear here.</source>
        <translation>Hier erscheinen die Protokollzeilen des Servers.</translation>
    </message>
    <message>
        <source>Every enabled binding must pass (policy engine mode “all”).</source>
        <translation>Jede aktivierte Bindung muss bestehen (Richtlinienmodus „all“).</translation>
    </message>
    <message>
        <source>One enabled binding must pass (policy engine mode “any”).</source>
        <translation>Eine aktivierte Bindung muss bestehen (Richtlinienmodus „any“).</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Besteht</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Skipped (disabled)</source>
        <translation>Übersprungen (deaktiviert)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>%1 passes: the set lets this user through.</source>
        <translation>%1 besteht: Die Bindungen lassen diesen Benutzer durch.</translation>
    </message>
    <message>
        <source>%1 is denied by the set.</source>
        <translation>%1 wird von den Bindungen abgelehnt.</translation>
    </message>
    <message>
        <source>Unknown for %1: a policy the server could not test decides it.</source>
        <translation>Unbekannt für %1: Eine Richtlinie, die der Server nicht testen konnte, entscheidet.</translation>
    </message>
</context>
<context>
    <name>akdesk::BindingsModel</name>
    <message>
        <source>Could not read the flow&apos;s bindings</source>
        <translation>Die Bindungen des Ablaufs konnten nicht gelesen werden</translation>
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
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Evaluate on plan</source>
        <translation>Beim Planen auswerten</translation>
    </message>
    <message>
        <source>Re-evaluate policies</source>
        <translation>Richtlinien erneut auswerten</translation>
    </message>
    <message>
        <source>Invalid response</source>
        <translation>Ungültige Antwort</translation>
    </message>
    <message>
        <source>Policy mode</source>
        <translation>Richtlinienmodus</translation>
    </message>
    <message>
        <source>another administrator changed the flow&apos;s order meanwhile</source>
        <translation>eine andere Administratorin oder ein anderer Administrator hat die Reihenfolge des Ablaufs inzwischen geändert</translation>
    </message>
    <message>
        <source>The new order was not saved; nothing was sent. Showing the server&apos;s order</source>
        <translation>Die neue Reihenfolge wurde nicht gespeichert; nichts wurde gesendet. Die Reihenfolge des Servers wird angezeigt</translation>
    </message>
    <message>
        <source>The new order was not saved; the flow&apos;s order is back as it was</source>
        <translation>Die neue Reihenfolge wurde nicht gespeichert; die Reihenfolge des Ablaufs ist wieder wie zuvor</translation>
    </message>
    <message>
        <source>The new order was not saved, and %1 could not be put back to its order; check the flow&apos;s order</source>
        <translation>Die neue Reihenfolge wurde nicht gespeichert, und %1 konnte nicht auf seine Reihenfolge zurückgesetzt werden; prüfen Sie die Reihenfolge des Ablaufs</translation>
    </message>
    <message>
        <source>The new order was not sent; it is kept as a draft in conflict. Review it under Drafts</source>
        <translation>Die neue Reihenfolge wurde nicht gesendet; sie bleibt als Entwurf im Konflikt. Prüfen Sie sie unter Entwürfe</translation>
    </message>
    <message>
        <source>The server cannot be reached and the new order could not be kept as a draft</source>
        <translation>Der Server ist nicht erreichbar, und die neue Reihenfolge konnte nicht als Entwurf gespeichert werden</translation>
    </message>
    <message>
        <source>akdesk is working offline; the new order is kept as a draft and sent, as one change, when you go online.</source>
        <translation>akdesk arbeitet offline; die neue Reihenfolge bleibt als Entwurf und wird als eine Änderung gesendet, sobald Sie online gehen.</translation>
    </message>
    <message>
        <source>The server cannot be reached; the new order is kept as a draft and sent, as one change, with the next sync.</source>
        <translation>Der Server ist nicht erreichbar; die neue Reihenfolge bleibt als Entwurf und wird beim nächsten Abgleich als eine Änderung gesendet.</translation>
    </message>
</context>
<context>
    <name>akdesk::BlueprintImport</name>
    <message>
        <source>The blueprint cannot be read:
%1</source>
        <translation>Die Blaupause kann nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>Could not read %1 from the server: %2</source>
        <translation>%1 konnte nicht vom Server gelesen werden: %2</translation>
    </message>
    <message>
        <source>The server cannot be reached; a preview needs what it holds now, not what was cached.</source>
        <translation>Der Server ist nicht erreichbar; eine Vorschau braucht seinen jetzigen Stand, nicht den zwischengespeicherten.</translation>
    </message>
    <message>
        <source>Importing on the server</source>
        <translation>Import auf dem Server</translation>
    </message>
    <message>
        <source>The server refused the blueprint; nothing was changed.</source>
        <translation>Der Server hat die Blaupause abgelehnt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>akdesk knows no API for %1.</source>
        <translation>akdesk kennt keine API für %1.</translation>
    </message>
    <message>
        <source>It needs %1, which is not chosen to be created.</source>
        <translation>Es braucht %1, das nicht zum Anlegen ausgewählt ist.</translation>
    </message>
</context>
<context>
    <name>akdesk::BlueprintProblem</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
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
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message numerus="yes">
        <source>These %n field(s) will change on the server:</source>
        <translation>
            <numerusform>%n Feld wird auf dem Server geändert:</numerusform>
            <numerusform>%n Felder werden auf dem Server geändert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After saving</source>
        <translation>Nach dem Speichern</translation>
    </message>
</context>
<context>
    <name>akdesk::Choice</name>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>Invalidation</source>
        <translation>Invalidierung</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Unenrollment</source>
        <translation>Deregistrierung</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Stage configuration</source>
        <translation>Phasenkonfiguration</translation>
    </message>
    <message>
        <source>Require superuser</source>
        <translation>Nur Superuser</translation>
    </message>
    <message>
        <source>Require token</source>
        <translation>Nur mit Token</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Gestapelt</translation>
    </message>
    <message>
        <source>Content left</source>
        <translation>Inhalt links</translation>
    </message>
    <message>
        <source>Content right</source>
        <translation>Inhalt rechts</translation>
    </message>
    <message>
        <source>Sidebar left</source>
        <translation>Seitenleiste links</translation>
    </message>
    <message>
        <source>Sidebar right</source>
        <translation>Seitenleiste rechts</translation>
    </message>
    <message>
        <source>Sidebar left frame background</source>
        <translation>Seitenleiste links, Hintergrund im Rahmen</translation>
    </message>
    <message>
        <source>Sidebar right frame background</source>
        <translation>Seitenleiste rechts, Hintergrund im Rahmen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>No requirement</source>
        <translation>Keine Anforderung</translation>
    </message>
    <message>
        <source>Require authentication</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Require no authentication</source>
        <translation>Nur ohne Anmeldung</translation>
    </message>
    <message>
        <source>Require being redirected from another flow</source>
        <translation>Nur nach Weiterleitung aus einem anderen Ablauf</translation>
    </message>
    <message>
        <source>Require an outpost (run only from an outpost)</source>
        <translation>Outpost erforderlich (nur über einen Outpost ausführbar)</translation>
    </message>
    <message>
        <source>Any policy must match</source>
        <translation>Mindestens eine Richtlinie muss zutreffen</translation>
    </message>
    <message>
        <source>All policies must match</source>
        <translation>Alle Richtlinien müssen zutreffen</translation>
    </message>
    <message>
        <source>Follow ?next, else show a message</source>
        <translation>?next folgen, sonst eine Meldung zeigen</translation>
    </message>
    <message>
        <source>Show a message</source>
        <translation>Eine Meldung zeigen</translation>
    </message>
    <message>
        <source>Follow ?next, else open the default interface</source>
        <translation>?next folgen, sonst die Standardoberfläche öffnen</translation>
    </message>
    <message>
        <source>Retry: show the error and ask again</source>
        <translation>Wiederholen: Fehler zeigen und erneut fragen</translation>
    </message>
    <message>
        <source>Restart the flow</source>
        <translation>Ablauf neu starten</translation>
    </message>
    <message>
        <source>Restart the flow, keeping its context</source>
        <translation>Ablauf neu starten, Kontext behalten</translation>
    </message>
    <message>
        <source>User database + standard password</source>
        <translation>Benutzerdatenbank + Standardpasswort</translation>
    </message>
    <message>
        <source>User database + app passwords</source>
        <translation>Benutzerdatenbank + App-Passwörter</translation>
    </message>
    <message>
        <source>User database + LDAP password</source>
        <translation>Benutzerdatenbank + LDAP-Passwort</translation>
    </message>
    <message>
        <source>User database + Kerberos password</source>
        <translation>Benutzerdatenbank + Kerberos-Passwort</translation>
    </message>
    <message>
        <source>Continue without a device</source>
        <translation>Ohne Gerät fortfahren</translation>
    </message>
    <message>
        <source>Deny the user access</source>
        <translation>Dem Benutzer den Zugang verweigern</translation>
    </message>
    <message>
        <source>Make the user configure an authenticator</source>
        <translation>Benutzer muss einen Authenticator einrichten</translation>
    </message>
    <message>
        <source>Static tokens</source>
        <translation>Statische Token</translation>
    </message>
    <message>
        <source>TOTP authenticators</source>
        <translation>TOTP-Authenticatoren</translation>
    </message>
    <message>
        <source>WebAuthn authenticators</source>
        <translation>WebAuthn-Authenticatoren</translation>
    </message>
    <message>
        <source>Duo authenticators</source>
        <translation>Duo-Authenticatoren</translation>
    </message>
    <message>
        <source>SMS-based authenticators</source>
        <translation>SMS-basierte Authenticatoren</translation>
    </message>
    <message>
        <source>Email-based authenticators</source>
        <translation>E-Mail-basierte Authenticatoren</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>Discouraged</source>
        <translation>Nicht empfohlen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>This device (built-in authenticator)</source>
        <translation>Dieses Gerät (eingebauter Authenticator)</translation>
    </message>
    <message>
        <source>Phone or tablet (hybrid)</source>
        <translation>Telefon oder Tablet (hybrid)</translation>
    </message>
    <message>
        <source>Built into the device</source>
        <translation>Im Gerät eingebaut</translation>
    </message>
    <message>
        <source>Removable (e.g. a security key)</source>
        <translation>Abnehmbar (z. B. ein Sicherheitsschlüssel)</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 Ziffern</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Generisch</translation>
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
        <translation>Formulardaten (application/x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>JSON (application/json)</source>
        <translation>JSON (application/json)</translation>
    </message>
    <message>
        <source>Always require consent</source>
        <translation>Zustimmung immer verlangen</translation>
    </message>
    <message>
        <source>Consent given lasts indefinitely</source>
        <translation>Erteilte Zustimmung gilt unbegrenzt</translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation>Zustimmung läuft ab</translation>
    </message>
    <message>
        <source>Static URL</source>
        <translation>Feste URL</translation>
    </message>
    <message>
        <source>Another flow</source>
        <translation>Ein anderer Ablauf</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>Common Name</translation>
    </message>
    <message>
        <source>Missing property</source>
        <translation>Fehlende Eigenschaft</translation>
    </message>
    <message>
        <source>No binding</source>
        <translation>Keine Bindung</translation>
    </message>
    <message>
        <source>Bind ASN</source>
        <translation>An ASN binden</translation>
    </message>
    <message>
        <source>Bind ASN and network</source>
        <translation>An ASN und Netz binden</translation>
    </message>
    <message>
        <source>Bind ASN, network and IP</source>
        <translation>An ASN, Netz und IP binden</translation>
    </message>
    <message>
        <source>Bind continent</source>
        <translation>An Kontinent binden</translation>
    </message>
    <message>
        <source>Bind continent and country</source>
        <translation>An Kontinent und Land binden</translation>
    </message>
    <message>
        <source>Bind continent, country and city</source>
        <translation>An Kontinent, Land und Stadt binden</translation>
    </message>
    <message>
        <source>Never create users</source>
        <translation>Nie Benutzer anlegen</translation>
    </message>
    <message>
        <source>Create users when required</source>
        <translation>Benutzer bei Bedarf anlegen</translation>
    </message>
    <message>
        <source>Always create new users</source>
        <translation>Immer neue Benutzer anlegen</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>Internal service account</source>
        <translation>Internes Dienstkonto</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Fehlgeschlagene Anmeldung</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>User written</source>
        <translation>Benutzer geschrieben</translation>
    </message>
    <message>
        <source>User offboarded</source>
        <translation>Benutzer ausgegliedert</translation>
    </message>
    <message>
        <source>Suspicious request</source>
        <translation>Verdächtige Anfrage</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Passwort gesetzt</translation>
    </message>
    <message>
        <source>Secret viewed</source>
        <translation>Geheimnis angesehen</translation>
    </message>
    <message>
        <source>Secret rotated</source>
        <translation>Geheimnis erneuert</translation>
    </message>
    <message>
        <source>Invitation used</source>
        <translation>Einladung verwendet</translation>
    </message>
    <message>
        <source>Application authorized</source>
        <translation>Anwendung autorisiert</translation>
    </message>
    <message>
        <source>Source linked</source>
        <translation>Quelle verknüpft</translation>
    </message>
    <message>
        <source>Impersonation started</source>
        <translation>Identitätswechsel begonnen</translation>
    </message>
    <message>
        <source>Impersonation ended</source>
        <translation>Identitätswechsel beendet</translation>
    </message>
    <message>
        <source>Flow executed</source>
        <translation>Ablauf ausgeführt</translation>
    </message>
    <message>
        <source>Policy executed</source>
        <translation>Richtlinie ausgeführt</translation>
    </message>
    <message>
        <source>Policy exception</source>
        <translation>Richtlinienausnahme</translation>
    </message>
    <message>
        <source>Property mapping exception</source>
        <translation>Ausnahme in Eigenschaftszuordnung</translation>
    </message>
    <message>
        <source>System task executed</source>
        <translation>Systemaufgabe ausgeführt</translation>
    </message>
    <message>
        <source>System task exception</source>
        <translation>Ausnahme in Systemaufgabe</translation>
    </message>
    <message>
        <source>System exception</source>
        <translation>Systemausnahme</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <source>Configuration warning</source>
        <translation>Konfigurationswarnung</translation>
    </message>
    <message>
        <source>Model created</source>
        <translation>Modell erstellt</translation>
    </message>
    <message>
        <source>Model updated</source>
        <translation>Modell aktualisiert</translation>
    </message>
    <message>
        <source>Model deleted</source>
        <translation>Modell gelöscht</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-Mail gesendet</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Aktualisierung verfügbar</translation>
    </message>
    <message>
        <source>Export ready</source>
        <translation>Export bereit</translation>
    </message>
    <message>
        <source>Review initiated</source>
        <translation>Überprüfung begonnen</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Überprüfung überfällig</translation>
    </message>
    <message>
        <source>Review attested</source>
        <translation>Überprüfung bestätigt</translation>
    </message>
    <message>
        <source>Review completed</source>
        <translation>Überprüfung abgeschlossen</translation>
    </message>
    <message>
        <source>Access request created</source>
        <translation>Zugriffsanfrage erstellt</translation>
    </message>
    <message>
        <source>Access request approved</source>
        <translation>Zugriffsanfrage genehmigt</translation>
    </message>
    <message>
        <source>Access request denied</source>
        <translation>Zugriffsanfrage abgelehnt</translation>
    </message>
    <message>
        <source>Access request revoked</source>
        <translation>Zugriffsanfrage widerrufen</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Eigenes Ereignis</translation>
    </message>
</context>
<context>
    <name>akdesk::ChoiceListEditor</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern …</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Click to list the choices</source>
        <translation>Klicken, um die Auswahl anzuzeigen</translation>
    </message>
</context>
<context>
    <name>akdesk::CloneFlowDialog</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Clone “%1”</source>
        <translation>„%1“ klonen</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation>Slug:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>%1 failed: %2
%3</source>
        <translation>%1 fehlgeschlagen: %2
%3</translation>
    </message>
    <message>
        <source>Nothing was left behind.</source>
        <translation>Es ist nichts zurückgeblieben.</translation>
    </message>
    <message>
        <source>The new flow “%1” may still exist; check the flow list.</source>
        <translation>Der neue Ablauf „%1“ existiert möglicherweise noch; prüfen Sie die Ablaufliste.</translation>
    </message>
    <message>
        <source>Copy the stages too (each under a new name)</source>
        <translation>Auch die Phasen kopieren (jede unter neuem Namen)</translation>
    </message>
    <message>
        <source>A new flow with the same settings, a copy of every stage binding (same stages, orders and options) and of the policy, group and user bindings of the flow and of each stage binding.</source>
        <translation>Ein neuer Ablauf mit denselben Einstellungen, einer Kopie jeder Stufenbindung (dieselben Phasen, Reihenfolgen und Optionen) und der Richtlinien-, Gruppen- und Benutzerbindungen des Ablaufs und jeder Stufenbindung.</translation>
    </message>
    <message>
        <source>Without this the clone binds the same stages as the original; with it, each stage is copied as “&lt;name&gt; (copy)” and the copies are bound.</source>
        <translation>Ohne dies bindet der Klon dieselben Phasen wie das Original; mit dieser Option wird jede Phase als „&lt;Name&gt; (Kopie)“ kopiert und die Kopien werden gebunden.</translation>
    </message>
</context>
<context>
    <name>akdesk::CodeFieldEditor</name>
    <message>
        <source>Python. Tab indents by four spaces; Ctrl+Tab moves to the next field.</source>
        <translation>Python. Tab rückt um vier Leerzeichen ein; Strg+Tab geht zum nächsten Feld.</translation>
    </message>
</context>
<context>
    <name>akdesk::CommandPalette</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type an action, a list, a stage or a flow…</source>
        <translation>Aktion, Liste, Phase oder Ablauf eingeben …</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Up and Down choose a result, Enter goes there, Escape closes.</source>
        <translation>Pfeil hoch und runter wählen ein Ergebnis, Eingabe springt dorthin, Escape schließt.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Searching stages and flows…</source>
        <translation>Phasen und Abläufe werden durchsucht …</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>Type to search stages and flows on the server too.</source>
        <translation>Tippen Sie, um auch Phasen und Abläufe auf dem Server zu suchen.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::ConflictDialog</name>
    <message>
        <source>Resolve conflicts — %1</source>
        <translation>Konflikte lösen — %1</translation>
    </message>
    <message>
        <source>“%1” was changed on the server after you started editing it. For each field both of you changed, choose which value to keep. Nothing is sent until you apply.</source>
        <translation>„%1“ wurde auf dem Server geändert, nachdem Sie mit der Bearbeitung begonnen haben. Wählen Sie für jedes Feld, das Sie beide geändert haben, welcher Wert bleiben soll. Es wird nichts gesendet, bis Sie übernehmen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Als Sie begannen</translation>
    </message>
    <message>
        <source>Server now</source>
        <translation>Server jetzt</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>(not on the server)</source>
        <translation>(nicht auf dem Server)</translation>
    </message>
    <message>
        <source>yours (only you changed it)</source>
        <translation>Ihr Wert (nur Sie haben ihn geändert)</translation>
    </message>
    <message>
        <source>the server&apos;s (only the server changed it)</source>
        <translation>der Wert des Servers (nur der Server hat ihn geändert)</translation>
    </message>
    <message>
        <source>both: %1</source>
        <translation>beide: %1</translation>
    </message>
    <message>
        <source>no change needed</source>
        <translation>keine Änderung nötig</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mein Wert</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>Vom Server</translation>
    </message>
    <message>
        <source>Edit:</source>
        <translation>Bearbeiten:</translation>
    </message>
    <message>
        <source>Keep my value of %1</source>
        <translation>Meinen Wert von %1 behalten</translation>
    </message>
    <message>
        <source>Take the server&apos;s value of %1</source>
        <translation>Den Wert des Servers für %1 übernehmen</translation>
    </message>
    <message>
        <source>Edit the value of %1</source>
        <translation>Den Wert von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>&amp;Apply and sync</source>
        <translation>Ü&amp;bernehmen und synchronisieren</translation>
    </message>
    <message>
        <source>All &amp;mine</source>
        <translation>Alle &amp;meine</translation>
    </message>
    <message>
        <source>All the &amp;server&apos;s</source>
        <translation>Alle vom &amp;Server</translation>
    </message>
</context>
<context>
    <name>akdesk::ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The server address is not a URL (e.g. https://auth.example.com).</source>
        <translation>Die Serveradresse ist keine URL (z. B. https://auth.example.com).</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for this computer).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (oder http:// für diesen Computer).</translation>
    </message>
    <message>
        <source>Plain http to %1 would send the token unencrypted; use https, or confirm the exception.</source>
        <translation>Unverschlüsseltes http zu %1 würde das Token unverschlüsselt senden; verwenden Sie https oder bestätigen Sie die Ausnahme.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
</context>
<context>
    <name>akdesk::ConnectionTester</name>
    <message>
        <source>Server reachable</source>
        <translation>Server erreichbar</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Sichere Verbindung (TLS)</translation>
    </message>
    <message>
        <source>Token accepted</source>
        <translation>Token akzeptiert</translation>
    </message>
    <message>
        <source>authentik version</source>
        <translation>authentik-Version</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>akdesk is working offline; turn it off to test the connection.</source>
        <translation>akdesk arbeitet offline; schalten Sie das aus, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>%1 answers.</source>
        <translation>%1 antwortet.</translation>
    </message>
    <message>
        <source>The certificate is trusted.</source>
        <translation>Dem Zertifikat wird vertraut.</translation>
    </message>
    <message>
        <source>plain http (allowed for this computer or by your exception)</source>
        <translation>unverschlüsseltes http (erlaubt für diesen Computer oder durch Ihre Ausnahme)</translation>
    </message>
    <message>
        <source>The token was refused: %1</source>
        <translation>Das Token wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The token is accepted.</source>
        <translation>Das Token wird akzeptiert.</translation>
    </message>
    <message>
        <source>The token belongs to %1.</source>
        <translation>Das Token gehört %1.</translation>
    </message>
    <message>
        <source>The server did not say which version it runs.</source>
        <translation>Der Server hat nicht angegeben, welche Version er ausführt.</translation>
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
        <translation>Unverschlüsseltes htt&amp;p zu diesem Server erlauben (das Token wird unverschlüsselt übertragen)</translation>
    </message>
    <message>
        <source>Without a keychain, keep the token in a &amp;file readable only by me</source>
        <translation>Ohne Schlüsselbund das Token in einer nur für mich lesbaren D&amp;atei speichern</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>an API token of an administrator (Directory ▸ Tokens)</source>
        <translation>ein API-Token eines Administrators (Verzeichnis ▸ Tokens)</translation>
    </message>
    <message>
        <source>the system&apos;s certificate authorities</source>
        <translation>die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Certificate authorities (PEM)</source>
        <translation>Zertifizierungsstellen (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Zeitl&amp;imit:</translation>
    </message>
    <message>
        <source>Plain http</source>
        <translation>Unverschlüsseltes http</translation>
    </message>
    <message>
        <source>With plain http the token and everything akdesk reads and writes travel unencrypted to %1. Anyone on the network between can read them. Allow it for this profile?</source>
        <translation>Mit unverschlüsseltem http werden das Token und alles, was akdesk liest und schreibt, unverschlüsselt zu %1 übertragen. Jeder im Netzwerk dazwischen kann es lesen. Für dieses Profil erlauben?</translation>
    </message>
    <message>
        <source>no token stored yet</source>
        <translation>noch kein Token gespeichert</translation>
    </message>
    <message>
        <source>stored %1; type to replace</source>
        <translation>gespeichert %1; tippen, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Alles funktioniert.</translation>
    </message>
    <message>
        <source>new connection</source>
        <translation>neue Verbindung</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” and its stored token? Its drafts stay on disk.</source>
        <translation>„%1“ und das gespeicherte Token entfernen? Die Entwürfe bleiben auf der Festplatte.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Die ZS-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die ZS-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>Verbindung t&amp;esten</translation>
    </message>
    <message>
        <source>CA fi&amp;le:</source>
        <translation>CA-Dat&amp;ei:</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The connection does not work yet; see the first failed check.</source>
        <translation>Die Verbindung funktioniert noch nicht; siehe die erste fehlgeschlagene Prüfung.</translation>
    </message>
    <message>
        <source>Enter the API token for “%1” (authentik: Directory ▸ Tokens).</source>
        <translation>Geben Sie das API-Token für „%1“ ein (authentik: Verzeichnis ▸ Tokens).</translation>
    </message>
    <message>
        <source>Keeping the token…</source>
        <translation>Token wird aufbewahrt…</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Keep the token in a file readable only by you (%1)? Otherwise akdesk asks for it again at the next start.</source>
        <translation>Das Token in einer nur für Sie lesbaren Datei aufbewahren (%1)? Sonst fragt akdesk beim nächsten Start erneut danach.</translation>
    </message>
    <message>
        <source>Keep in a &amp;file</source>
        <translation>In einer &amp;Datei aufbewahren</translation>
    </message>
    <message>
        <source>For this &amp;session only</source>
        <translation>Nur für diese &amp;Sitzung</translation>
    </message>
</context>
<context>
    <name>akdesk::CreateStageWizard</name>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>What kind of stage?</source>
        <translation>Welche Art von Phase?</translation>
    </message>
    <message>
        <source>Type to search by name or description.</source>
        <translation>Tippen Sie, um nach Name oder Beschreibung zu suchen.</translation>
    </message>
    <message>
        <source>Search kinds…</source>
        <translation>Arten suchen …</translation>
    </message>
    <message>
        <source>Search stage kinds</source>
        <translation>Phasenarten suchen</translation>
    </message>
    <message>
        <source>Stage kinds</source>
        <translation>Phasenarten</translation>
    </message>
    <message>
        <source>The server&apos;s list of kinds could not be read (%1); showing the kinds akdesk knows.</source>
        <translation>Die Liste der Arten des Servers konnte nicht gelesen werden (%1); es werden die Arten angezeigt, die akdesk kennt.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Fields marked * are required. Defaults are authentik&apos;s.</source>
        <translation>Mit * markierte Felder sind Pflichtfelder. Die Vorgaben sind die von authentik.</translation>
    </message>
    <message>
        <source>Bind to a flow (optional)</source>
        <translation>An einen Ablauf binden (optional)</translation>
    </message>
    <message>
        <source>The new stage runs last in the flow (its order is the flow&apos;s last + 10).</source>
        <translation>Die neue Phase läuft als letzte im Ablauf (ihre Reihenfolge ist die letzte des Ablaufs + 10).</translation>
    </message>
    <message>
        <source>&amp;Bind the new stage to a flow</source>
        <translation>Die neue Phase an einen Ablauf &amp;binden</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Nicht angelegt: %1</translation>
    </message>
    <message>
        <source>The stage “%1” was created, but not bound: %2</source>
        <translation>Die Phase „%1“ wurde angelegt, aber nicht gebunden: %2</translation>
    </message>
    <message>
        <source>The stage “%1” was created; the server cannot be reached, so its binding is queued and sent with the next sync.</source>
        <translation>Die Phase „%1“ wurde angelegt; der Server ist nicht erreichbar, daher ist ihre Bindung vorgemerkt und wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Neue Richtlinie</translation>
    </message>
    <message>
        <source>What kind of policy?</source>
        <translation>Welche Art von Richtlinie?</translation>
    </message>
    <message>
        <source>Search policy kinds</source>
        <translation>Richtlinienarten durchsuchen</translation>
    </message>
    <message>
        <source>Policy kinds</source>
        <translation>Richtlinienarten</translation>
    </message>
    <message>
        <source>The server did not accept it; see the marked fields.</source>
        <translation>Der Server hat es nicht angenommen; siehe die markierten Felder.</translation>
    </message>
</context>
<context>
    <name>akdesk::DeleteRecordsDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n flow(s)</source>
        <translation>
            <numerusform>%n Ablauf löschen</numerusform>
            <numerusform>%n Abläufe löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stage(s)</source>
        <translation>
            <numerusform>%n Phase löschen</numerusform>
            <numerusform>%n Phasen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting cannot be undone. This is what happens:</source>
        <translation>Löschen kann nicht rückgängig gemacht werden. Das passiert:</translation>
    </message>
    <message>
        <source>What the delete does</source>
        <translation>Was das Löschen bewirkt</translation>
    </message>
    <message>
        <source>Checking what uses these stages…</source>
        <translation>Es wird geprüft, was diese Phasen verwendet …</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>flow %1</source>
        <translation>Ablauf %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Could not check what uses it: %1</source>
        <translation>Es konnte nicht geprüft werden, was sie verwendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n item(s)?</source>
        <translation>
            <numerusform>%n Element löschen?</numerusform>
            <numerusform>%n Elemente löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is deleted until akdesk knows what uses every stage. Close and try again.</source>
        <translation>Es wird nichts gelöscht, bis akdesk weiß, was jede Phase verwendet. Schließen Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source> — queued for deletion (offline)</source>
        <translation> — zum Löschen vorgemerkt (offline)</translation>
    </message>
    <message>
        <source> — deleted</source>
        <translation> — gelöscht</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1, %2; see the reasons above.</source>
        <translation>%1, %2; die Gründe stehen oben.</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n policy(ies)</source>
        <translation>
            <numerusform>%n Richtlinie löschen</numerusform>
            <numerusform>%n Richtlinien löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking what uses these policies…</source>
        <translation>Prüfe, was diese Richtlinien verwendet…</translation>
    </message>
</context>
<context>
    <name>akdesk::DeletionPlan</name>
    <message>
        <source>Its binding in the flow “%1” (order %2) is deleted with it.</source>
        <translation>Ihre Bindung im Ablauf „%1“ (Reihenfolge %2) wird mit gelöscht.</translation>
    </message>
    <message>
        <source>Its flow binding “%1” is deleted with it.</source>
        <translation>Ihre Ablaufbindung „%1“ wird mit gelöscht.</translation>
    </message>
    <message>
        <source>“%1” (%2) is deleted along with it.</source>
        <translation>„%1“ (%2) wird mit gelöscht.</translation>
    </message>
    <message>
        <source>It is removed from “%1” (%2).</source>
        <translation>Sie wird aus „%1“ (%2) entfernt.</translation>
    </message>
    <message>
        <source>“%1” (%2) no longer points at it: the field is set to empty.</source>
        <translation>„%1“ (%2) verweist nicht mehr darauf: das Feld wird geleert.</translation>
    </message>
    <message>
        <source>“%1” (%2) is reset to its default.</source>
        <translation>„%1“ (%2) wird auf den Standardwert zurückgesetzt.</translation>
    </message>
    <message>
        <source>“%1” (%2) keeps a reference to it that will point nowhere.</source>
        <translation>„%1“ (%2) behält einen Verweis darauf, der ins Leere zeigt.</translation>
    </message>
    <message>
        <source>“%1” (%2) uses it (%3).</source>
        <translation>„%1“ (%2) verwendet sie (%3).</translation>
    </message>
    <message>
        <source>akdesk is offline, so what uses it is not known now. The delete is queued and sent with the next sync; the server then removes its bindings too.</source>
        <translation>akdesk ist offline, daher ist gerade nicht bekannt, was sie verwendet. Das Löschen wird vorgemerkt und mit der nächsten Synchronisierung gesendet; der Server entfernt dann auch ihre Bindungen.</translation>
    </message>
    <message>
        <source>Nothing else uses it.</source>
        <translation>Nichts anderes verwendet sie.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weiterer.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::DraftReviewDialog</name>
    <message>
        <source>Draft — %1</source>
        <translation>Entwurf — %1</translation>
    </message>
    <message>
        <source>Changes to “%1”, last edited %2.</source>
        <translation>Änderungen an „%1“, zuletzt bearbeitet %2.</translation>
    </message>
    <message>
        <source>“%1” will be created.</source>
        <translation>„%1“ wird angelegt.</translation>
    </message>
    <message>
        <source>“%1” will be deleted.</source>
        <translation>„%1“ wird gelöscht.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Als Sie begannen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Server says</source>
        <translation>Server meldet</translation>
    </message>
    <message>
        <source>A new order of the stages of “%1”, sent as one change; last edited %2.</source>
        <translation>Eine neue Reihenfolge der Phasen von „%1“, gesendet als eine Änderung; zuletzt bearbeitet %2.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>not bound</source>
        <translation>nicht gebunden</translation>
    </message>
</context>
<context>
    <name>akdesk::DraftSync</name>
    <message>
        <source>This server has no “%1” resource; the draft cannot be delivered.</source>
        <translation>Dieser Server hat keine Ressource „%1“; der Entwurf kann nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>The server cannot be reached; the draft is kept and will be sent with the next sync.</source>
        <translation>Der Server ist nicht erreichbar; der Entwurf wird behalten und mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Waits for “%1” to be created first.</source>
        <translation>Wartet darauf, dass zuerst „%1“ angelegt wird.</translation>
    </message>
    <message>
        <source>The server did not answer (%1) and akdesk could not check whether “%2” was created (%3). Check on the server before syncing it again.</source>
        <translation>Der Server hat nicht geantwortet (%1), und akdesk konnte nicht prüfen, ob „%2“ angelegt wurde (%3). Prüfen Sie es auf dem Server, bevor Sie erneut synchronisieren.</translation>
    </message>
    <message>
        <source>“%1” was deleted on the server. Your changes are kept until you discard them or create it again.</source>
        <translation>„%1“ wurde auf dem Server gelöscht. Ihre Änderungen bleiben erhalten, bis Sie sie verwerfen oder es erneut anlegen.</translation>
    </message>
    <message>
        <source>Changed on the server too: %1</source>
        <translation>Auch auf dem Server geändert: %1</translation>
    </message>
    <message>
        <source>The server did not answer (%1) and does not hold the change; it stays a draft.</source>
        <translation>Der Server hat nicht geantwortet (%1) und hat die Änderung nicht; sie bleibt ein Entwurf.</translation>
    </message>
    <message>
        <source>The server did not answer (%1); the change stays a draft until akdesk can check it.</source>
        <translation>Der Server hat nicht geantwortet (%1); die Änderung bleibt ein Entwurf, bis akdesk sie prüfen kann.</translation>
    </message>
    <message>
        <source>“%1” was deleted on the server.</source>
        <translation>„%1“ wurde auf dem Server gelöscht.</translation>
    </message>
    <message>
        <source>The server did not answer; it may have created “%1”. Check before syncing it again.</source>
        <translation>Der Server hat nicht geantwortet; möglicherweise hat er „%1“ angelegt. Prüfen Sie das, bevor Sie erneut synchronisieren.</translation>
    </message>
    <message>
        <source>akdesk is working offline; the draft is kept and will be sent when you go online.</source>
        <translation>akdesk arbeitet offline; der Entwurf bleibt erhalten und wird gesendet, sobald Sie online gehen.</translation>
    </message>
    <message>
        <source>The server did not answer (%1); it has not created “%2” (checked twice). It is sent again with the next sync.</source>
        <translation>Der Server hat nicht geantwortet (%1); er hat „%2“ nicht angelegt (zweimal geprüft). Es wird mit dem nächsten Abgleich erneut gesendet.</translation>
    </message>
    <message>
        <source>%1: “%2” on the server, “%3” in akdesk</source>
        <translation>%1: „%2“ auf dem Server, „%3“ in akdesk</translation>
    </message>
    <message>
        <source>“%1” was saved, but someone changed it on the server at the same time: %2. Review which values stay.</source>
        <translation>„%1“ wurde gespeichert, aber jemand hat es gleichzeitig auf dem Server geändert: %2. Prüfen Sie, welche Werte bleiben.</translation>
    </message>
    <message>
        <source>The server did not answer (%1); the new order stays a draft and is sent again with the next sync.</source>
        <translation>Der Server hat nicht geantwortet (%1); die neue Reihenfolge bleibt ein Entwurf und wird beim nächsten Abgleich erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>akdesk::DraftsModel</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Deleted on server</source>
        <translation>Auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Server says</source>
        <translation>Server meldet</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Neu ordnen</translation>
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
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Sync &amp;all</source>
        <translation>&amp;Alle synchronisieren</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen …</translation>
    </message>
    <message>
        <source>Resolve &amp;conflict…</source>
        <translation>&amp;Konflikt lösen …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Create &amp;again</source>
        <translation>&amp;Erneut anlegen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen …</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n draft(s).</source>
        <translation>
            <numerusform>%n Entwurf synchronisiert.</numerusform>
            <numerusform>%n Entwürfe synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: %1 Every draft is kept.</source>
        <translation>Nicht synchronisiert: %1 Alle Entwürfe bleiben erhalten.</translation>
    </message>
    <message>
        <source>No drafts: everything you changed is on the server.</source>
        <translation>Keine Entwürfe: alles, was Sie geändert haben, ist auf dem Server.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n Entwurf wartet darauf, gesendet zu werden.</numerusform>
            <numerusform>%n Entwürfe warten darauf, gesendet zu werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>akdesk is offline; drafts are sent when the server is back.</source>
        <translation>akdesk ist offline; Entwürfe werden gesendet, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert …</translation>
    </message>
    <message>
        <source>the draft of “%1”</source>
        <translation>den Entwurf von „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfe</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard drafts</source>
        <translation>Entwürfe verwerfen</translation>
    </message>
    <message>
        <source>Discard %1? The changes in it are lost; the server keeps what it has.</source>
        <translation>%1 verwerfen? Die Änderungen darin gehen verloren; der Server behält, was er hat.</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n draft(s).</source>
        <translation>
            <numerusform>%n Entwurf verworfen.</numerusform>
            <numerusform>%n Entwürfe verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” will be created again with the next sync.</source>
        <translation>„%1“ wird mit der nächsten Synchronisierung erneut angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n need your decision.</source>
        <translation>
            <numerusform>%1; %n braucht Ihre Entscheidung.</numerusform>
            <numerusform>%1; %n brauchen Ihre Entscheidung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n kept — see their status.</source>
        <translation>
            <numerusform>%1; %n behalten — siehe dessen Status.</numerusform>
            <numerusform>%1; %n behalten — siehe deren Status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf synchronisiert</numerusform>
            <numerusform>%n Entwürfe synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Konflikt lösen</translation>
    </message>
    <message>
        <source>&amp;Send my order</source>
        <translation>Meine Reihenfolge &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s order</source>
        <translation>Reihenfolge des Servers &amp;behalten</translation>
    </message>
    <message>
        <source>Discarded the draft of “%1”; the server&apos;s order stays.</source>
        <translation>Der Entwurf von „%1“ wurde verworfen; die Reihenfolge des Servers bleibt.</translation>
    </message>
</context>
<context>
    <name>akdesk::Duplicator</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>akdesk does not know this kind of stage</source>
        <translation>akdesk kennt diese Art von Phase nicht</translation>
    </message>
</context>
<context>
    <name>akdesk::EditSession</name>
    <message>
        <source>The server cannot be reached. “%1” is queued and will be created with the next sync.</source>
        <translation>Der Server ist nicht erreichbar. „%1“ ist vorgemerkt und wird mit der nächsten Synchronisierung angelegt.</translation>
    </message>
    <message>
        <source>akdesk is working offline. “%1” is queued and will be created with the next sync.</source>
        <translation>akdesk arbeitet offline. „%1“ ist vorgemerkt und wird mit der nächsten Synchronisierung angelegt.</translation>
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
        <translation>Beliebig</translation>
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
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>akdesk::FlowCloner</name>
    <message>
        <source>Reading the flow</source>
        <translation>Ablauf wird gelesen</translation>
    </message>
    <message>
        <source>Reading the flow&apos;s bindings</source>
        <translation>Bindungen des Ablaufs werden gelesen</translation>
    </message>
    <message>
        <source>Creating the flow “%1”</source>
        <translation>Ablauf „%1“ wird angelegt</translation>
    </message>
    <message>
        <source>Creating the flow</source>
        <translation>Ablauf wird angelegt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Binding “%1” (order %2)</source>
        <translation>Bindung „%1“ (Reihenfolge %2)</translation>
    </message>
    <message>
        <source>Binding “%1”</source>
        <translation>Bindung „%1“</translation>
    </message>
    <message>
        <source>Reading the policy bindings</source>
        <translation>Lesen der Richtlinienbindungen</translation>
    </message>
    <message>
        <source>Copying the stage “%1”</source>
        <translation>Kopieren der Phase „%1“</translation>
    </message>
    <message>
        <source>The binding&apos;s target was not copied</source>
        <translation>Das Ziel der Bindung wurde nicht kopiert</translation>
    </message>
    <message>
        <source>Binding %1</source>
        <translation>Binden von %1</translation>
    </message>
</context>
<context>
    <name>akdesk::FlowDiagramView</name>
    <message>
        <source>Flow diagram</source>
        <translation>Ablaufdiagramm</translation>
    </message>
    <message>
        <source>Ctrl+wheel or +/- zoom, 0 fits the diagram to the window</source>
        <translation>Strg+Mausrad oder +/- zoomt, 0 passt das Diagramm ins Fenster ein</translation>
    </message>
</context>
<context>
    <name>akdesk::FlowFolderExport</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not read the flows: %1</source>
        <translation>Die Abläufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>akdesk::FlowGraph</name>
    <message>
        <source>expected a node id at &quot;%1&quot;</source>
        <translation>Knotenkennung erwartet bei „%1“</translation>
    </message>
    <message>
        <source>unterminated label of %1</source>
        <translation>nicht abgeschlossene Beschriftung von %1</translation>
    </message>
    <message>
        <source>unterminated shape of %1</source>
        <translation>nicht abgeschlossene Form von %1</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; after the label of %2</source>
        <translation>„%1“ erwartet nach der Beschriftung von %2</translation>
    </message>
    <message>
        <source>not a Mermaid flowchart (it starts with &quot;%1&quot;)</source>
        <translation>kein Mermaid-Flussdiagramm (es beginnt mit „%1“)</translation>
    </message>
    <message>
        <source>line %1 starts with an arrow but follows no node</source>
        <translation>Zeile %1 beginnt mit einem Pfeil, folgt aber keinem Knoten</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; on line %2</source>
        <translation>unerwartetes „%1“ in Zeile %2</translation>
    </message>
    <message>
        <source>the diagram is empty</source>
        <translation>das Diagramm ist leer</translation>
    </message>
    <message>
        <source>a node has no identifier</source>
        <translation>ein Knoten hat keine Kennung</translation>
    </message>
    <message>
        <source>an edge joins unknown nodes %1 and %2</source>
        <translation>eine Kante verbindet unbekannte Knoten %1 und %2</translation>
    </message>
    <message>
        <source>the answer has neither &quot;diagram&quot; nor &quot;nodes&quot;</source>
        <translation>die Antwort hat weder „diagram“ noch „nodes“</translation>
    </message>
</context>
<context>
    <name>akdesk::FlowInspector</name>
    <message>
        <source>Stage bindings in run order</source>
        <translation>Phasenbindungen in Ausführungsreihenfolge</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove binding</source>
        <translation>Bindung entfernen</translation>
    </message>
    <message>
        <source>Add binding…</source>
        <translation>Bindung hinzufügen …</translation>
    </message>
    <message>
        <source>New stage…</source>
        <translation>Neue Phase …</translation>
    </message>
    <message>
        <source>Create a stage and bind it at the end of this flow</source>
        <translation>Eine Phase anlegen und am Ende dieses Ablaufs binden</translation>
    </message>
    <message>
        <source>Edit binding…</source>
        <translation>Bindung bearbeiten …</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren …</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Als SVG exportieren …</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Execute in browser</source>
        <translation>Im Browser ausführen</translation>
    </message>
    <message>
        <source>Export blueprint…</source>
        <translation>Blueprint exportieren …</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) bound</source>
        <translation>
            <numerusform>%n Phase gebunden</numerusform>
            <numerusform>%n Phasen gebunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is queued as a draft: the server cannot be reached. It is sent with the next sync.</source>
        <translation>%1 ist als Entwurf vorgemerkt: der Server ist nicht erreichbar. Es wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Binding “%1”</source>
        <translation>Bindung „%1“</translation>
    </message>
    <message>
        <source>The stage was not added: %1</source>
        <translation>Die Phase wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Removing “%1”</source>
        <translation>„%1“ wird entfernt</translation>
    </message>
    <message>
        <source>The binding was not removed: %1</source>
        <translation>Die Bindung wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>No browser opened %1.</source>
        <translation>Kein Browser hat %1 geöffnet.</translation>
    </message>
    <message>
        <source>Export flow</source>
        <translation>Ablauf exportieren</translation>
    </message>
    <message>
        <source>Blueprints (*.yaml *.yml)</source>
        <translation>Blueprints (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The diagram could not be loaded: %1</source>
        <translation>Das Diagramm konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s diagram could not be read: %1</source>
        <translation>Das Diagramm des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Moved “%1” to order %2 in %3</source>
        <translation>„%1“ in %3 auf Reihenfolge %2 verschoben</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>Undone: “%1” is back in its place in %2</source>
        <translation>Rückgängig: „%1“ steht in %2 wieder an seinem Platz</translation>
    </message>
    <message>
        <source>Added “%1” to %2 at order %3</source>
        <translation>„%1“ zu %2 mit Reihenfolge %3 hinzugefügt</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Undone: “%1” is no longer in %2</source>
        <translation>Rückgängig: „%1“ ist nicht mehr in %2</translation>
    </message>
    <message>
        <source>The bindings are still being saved; try again in a moment.</source>
        <translation>Die Bindungen werden noch gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Remove “%1” (order %2) from %3?</source>
        <translation>„%1“ (Reihenfolge %2) aus %3 entfernen?</translation>
    </message>
    <message>
        <source>The stage itself stays. Policies bound to this binding are deleted with it; Undo binds the stage again with the same order and options, without them.</source>
        <translation>Die Phase selbst bleibt erhalten. An diese Bindung gebundene Richtlinien werden mit ihr gelöscht; Rückgängig bindet die Phase wieder mit derselben Reihenfolge und denselben Optionen, aber ohne sie.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Removed “%1” (order %2) from %3</source>
        <translation>„%1“ (Reihenfolge %2) aus %3 entfernt</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Undone: “%1” is bound again at order %2 in %3</source>
        <translation>Rückgängig: „%1“ ist in %3 wieder mit Reihenfolge %2 gebunden</translation>
    </message>
    <message>
        <source>Diagram written to %1.</source>
        <translation>Diagramm nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Who may run it</source>
        <translation>Wer ihn ausführen darf</translation>
    </message>
    <message>
        <source>Who reaches this stage</source>
        <translation>Wer diese Phase erreicht</translation>
    </message>
    <message>
        <source>%1 is kept as a draft because akdesk is working offline. It is sent when you go online.</source>
        <translation>%1 bleibt als Entwurf erhalten, weil akdesk offline arbeitet. Es wird gesendet, sobald Sie online gehen.</translation>
    </message>
    <message>
        <source>That policy binding is not among those akdesk read; refresh the flow</source>
        <translation>Diese Richtlinienbindung ist nicht unter denen, die akdesk gelesen hat; aktualisieren Sie den Ablauf</translation>
    </message>
    <message>
        <source>Wheel or +/- zoom, drag to pan. Click a stage or a policy to select it, double-click to open it.</source>
        <translation>Mausrad oder +/- zoomt, Ziehen verschiebt. Ein Klick auf eine Phase oder Richtlinie wählt sie aus, ein Doppelklick öffnet sie.</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Bestimmung</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Search flows…</source>
        <translation>Abläufe suchen …</translation>
    </message>
    <message>
        <source>Loading flows…</source>
        <translation>Abläufe werden geladen …</translation>
    </message>
    <message>
        <source>Could not load the flows: %1</source>
        <translation>Die Abläufe konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No flows here.</source>
        <translation>Hier gibt es keine Abläufe.</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n Ablauf</numerusform>
            <numerusform>%n Abläufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n group/user)</source>
        <translation>
            <numerusform>%1 (+%n Gruppe/Benutzer)</numerusform>
            <numerusform>%1 (+%n Gruppen/Benutzer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>akdesk::FlowPromotion</name>
    <message>
        <source>Could not export the flow %1 from the source: %2</source>
        <translation>Der Ablauf %1 konnte nicht aus der Quelle exportiert werden: %2</translation>
    </message>
    <message>
        <source>The source&apos;s export of %1 holds no entries.</source>
        <translation>Der Export von %1 aus der Quelle enthält keine Einträge.</translation>
    </message>
    <message>
        <source>akdesk promotion of %1</source>
        <translation>akdesk-Übertragung von %1</translation>
    </message>
</context>
<context>
    <name>akdesk::FormModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
</context>
<context>
    <name>akdesk::FormView</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>akdesk::HelpViewer</name>
    <message>
        <source>akdesk User Guide</source>
        <translation>akdesk-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The user guide is missing from this build of akdesk.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build von akdesk.</translation>
    </message>
</context>
<context>
    <name>akdesk::ImportPlan</name>
    <message>
        <source>order %1</source>
        <translation>Reihenfolge %1</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>exists, left alone</source>
        <translation>besteht, bleibt</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>already absent</source>
        <translation>schon entfernt</translation>
    </message>
    <message>
        <source>skipped (conditions not met)</source>
        <translation>übersprungen (Bedingungen nicht erfüllt)</translation>
    </message>
    <message>
        <source>cannot be applied</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>%n to create</source>
        <translation>%n anzulegen</translation>
    </message>
    <message>
        <source>%n to update</source>
        <translation>%n zu ändern</translation>
    </message>
    <message>
        <source>%n to delete</source>
        <translation>%n zu löschen</translation>
    </message>
    <message>
        <source>%n unchanged</source>
        <translation>%n unverändert</translation>
    </message>
    <message>
        <source>%n left as they are</source>
        <translation>%n bleiben wie sie sind</translation>
    </message>
    <message>
        <source>%n skipped</source>
        <translation>%n übersprungen</translation>
    </message>
    <message>
        <source>%n that cannot be applied</source>
        <translation>%n nicht anwendbar</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>nichts zu importieren</translation>
    </message>
    <message>
        <source>akdesk knows no API for the model %1; authentik refuses models it does not have.</source>
        <translation>akdesk kennt keine API für das Modell %1; authentik lehnt Modelle ab, die es nicht hat.</translation>
    </message>
    <message>
        <source>No or invalid identifiers</source>
        <translation>Keine oder ungültige Kennungen</translation>
    </message>
    <message>
        <source>State is set to must_created and object exists already</source>
        <translation>Der Zustand ist must_created, und das Objekt besteht bereits</translation>
    </message>
</context>
<context>
    <name>akdesk::ImportPreviewDialog</name>
    <message>
        <source>(the new object)</source>
        <translation>(das neue Objekt)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Reading what the server holds…</source>
        <translation>Der Stand des Servers wird gelesen …</translation>
    </message>
    <message>
        <source>Show &amp;unchanged entries</source>
        <translation>&amp;Unveränderte Einträge zeigen</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Wird</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>From the blueprint</source>
        <translation>Aus der Blaupause</translation>
    </message>
    <message>
        <source>Apply &amp;all (server import)</source>
        <translation>&amp;Alles anwenden (Import des Servers)</translation>
    </message>
    <message>
        <source>The server applies the whole blueprint in one transaction: all of it, or nothing.</source>
        <translation>Der Server wendet die ganze Blaupause in einer Transaktion an: alles oder nichts.</translation>
    </message>
    <message>
        <source>Apply &amp;ticked</source>
        <translation>&amp;Angehakte anwenden</translation>
    </message>
    <message>
        <source>Writes the ticked entries one by one, in the blueprint&apos;s order.</source>
        <translation>Schreibt die angehakten Einträge einzeln, in der Reihenfolge der Blaupause.</translation>
    </message>
    <message>
        <source>Will do: %1.</source>
        <translation>Geplant: %1.</translation>
    </message>
    <message>
        <source>Cannot be applied as it is: %1. The entries marked say why.</source>
        <translation>So nicht anwendbar: %1. Die markierten Einträge sagen, warum.</translation>
    </message>
    <message>
        <source>Applying %1 (%2 of %3)…</source>
        <translation>%1 wird angewendet (%2 von %3) …</translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation>Erledigt: %1 (%2)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>The server imported the blueprint.</source>
        <translation>Der Server hat die Blaupause importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n change(s) written.</source>
        <translation>
            <numerusform>Angewendet: %n Änderung geschrieben.</numerusform>
            <numerusform>Angewendet: %n Änderungen geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the blueprint; nothing was changed. %1</source>
        <translation>Der Server hat die Blaupause abgelehnt; nichts wurde geändert. %1</translation>
    </message>
    <message>
        <source>Stopped at %1: %2. What is listed as done exists on the server now; the rest was not attempted.</source>
        <translation>Angehalten bei %1: %2. Was als erledigt aufgeführt ist, besteht jetzt auf dem Server; der Rest wurde nicht versucht.</translation>
    </message>
    <message>
        <source>Not attempted: %1</source>
        <translation>Nicht versucht: %1</translation>
    </message>
</context>
<context>
    <name>akdesk::JsonFieldEditor</name>
    <message>
        <source>more than one value; put them in a list: [ … ]</source>
        <translation>mehr als ein Wert; setzen Sie sie in eine Liste: [ … ]</translation>
    </message>
    <message>
        <source>Not valid JSON: line %1, column %2: %3</source>
        <translation>Kein gültiges JSON: Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>akdesk::LocalStore</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the drafts file %1: %2</source>
        <translation>Die Entwurfsdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>nicht geöffnet</translation>
    </message>
    <message>
        <source>The drafts file %1 was empty (0 bytes): whatever drafts it held are gone, as a full disk or a crash can leave it. The empty file is kept as %2, and akdesk starts a new one.</source>
        <translation>Die Entwurfsdatei %1 war leer (0 Byte): Welche Entwürfe sie auch enthielt, sie sind verloren – so kann eine volle Festplatte oder ein Absturz sie hinterlassen. Die leere Datei bleibt als %2 erhalten, und akdesk beginnt eine neue.</translation>
    </message>
    <message>
        <source>The drafts file %1 cannot be read (%2). It is kept as %3 for whoever can rescue it, and akdesk starts a new one: the drafts in the old file are not shown.</source>
        <translation>Die Entwurfsdatei %1 kann nicht gelesen werden (%2). Sie bleibt als %3 erhalten, damit jemand sie retten kann, und akdesk beginnt eine neue: Die Entwürfe der alten Datei werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 was written by a newer akdesk (drafts layout %2; this akdesk knows up to %3). It is left untouched: open this profile with the newer akdesk, or use another profile.</source>
        <translation>%1 wurde von einem neueren akdesk geschrieben (Entwurfsformat %2; dieses akdesk kennt bis %3). Die Datei bleibt unberührt: Öffnen Sie dieses Profil mit dem neueren akdesk oder verwenden Sie ein anderes Profil.</translation>
    </message>
    <message>
        <source>The drafts file %1 cannot be read, and cannot be moved aside to start a new one; it is left as it is.</source>
        <translation>Die Entwurfsdatei %1 kann nicht gelesen und nicht beiseitegelegt werden, um eine neue zu beginnen; sie bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Cannot read the drafts file %1: %2</source>
        <translation>Die Entwurfsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot bring the drafts file %1 up to date: %2</source>
        <translation>Die Entwurfsdatei %1 kann nicht auf den aktuellen Stand gebracht werden: %2</translation>
    </message>
    <message>
        <source>the drafts file refused the write</source>
        <translation>die Entwurfsdatei hat das Schreiben verweigert</translation>
    </message>
    <message>
        <source>the record as it was</source>
        <translation>der Datensatz, wie er war</translation>
    </message>
    <message>
        <source>the changes</source>
        <translation>die Änderungen</translation>
    </message>
    <message>
        <source>the server&apos;s messages</source>
        <translation>die Meldungen des Servers</translation>
    </message>
    <message>
        <source>the server&apos;s record</source>
        <translation>der Datensatz des Servers</translation>
    </message>
    <message>
        <source>This draft is damaged in the drafts file: %1 cannot be read. It is kept there as it is and never sent; discard it when you no longer need it.</source>
        <translation>Dieser Entwurf ist in der Entwurfsdatei beschädigt: %1 kann nicht gelesen werden. Er bleibt dort, wie er ist, und wird nie gesendet; verwerfen Sie ihn, wenn Sie ihn nicht mehr brauchen.</translation>
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
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>akdesk has no form for this kind of stage.</source>
        <translation>akdesk hat kein Formular für diese Art von Phase.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>akdesk did not connect to %1: %2</source>
        <translation>akdesk hat sich nicht mit %1 verbunden: %2</translation>
    </message>
    <message>
        <source>The server presented: %1

Trust it only if you know it is your server&apos;s certificate (compare the fingerprint).</source>
        <translation>Der Server hat vorgelegt: %1

Vertrauen Sie ihm nur, wenn Sie wissen, dass es das Zertifikat Ihres Servers ist (vergleichen Sie den Fingerabdruck).</translation>
    </message>
    <message>
        <source>&amp;Trust for this connection</source>
        <translation>Für diese Verbindung &amp;vertrauen</translation>
    </message>
    <message>
        <source>Show the drafts (Alt+3)</source>
        <translation>Die Entwürfe anzeigen (Alt+3)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Cancel every request still waiting for the server</source>
        <translation>Alle Anfragen abbrechen, die noch auf den Server warten</translation>
    </message>
    <message numerus="yes">
        <source>Back online. %n draft(s) wait to be synced.</source>
        <translation>
            <numerusform>Wieder online. %n Entwurf wartet auf die Synchronisierung.</numerusform>
            <numerusform>Wieder online. %n Entwürfe warten auf die Synchronisierung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation>Wieder online.</translation>
    </message>
    <message>
        <source>Working offline: lists show what was fetched last; changes are kept as drafts.</source>
        <translation>Offline: Listen zeigen, was zuletzt abgerufen wurde; Änderungen werden als Entwürfe gespeichert.</translation>
    </message>
    <message>
        <source>The server cannot be reached: lists show what was fetched last; changes are kept as drafts.</source>
        <translation>Der Server ist nicht erreichbar: Listen zeigen, was zuletzt abgerufen wurde; Änderungen werden als Entwürfe gespeichert.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) from earlier are kept, not yet on the server: see Drafts (Alt+3).</source>
        <translation>
            <numerusform>%n Entwurf von früher ist gespeichert, aber noch nicht auf dem Server: siehe Entwürfe (Alt+3).</numerusform>
            <numerusform>%n Entwürfe von früher sind gespeichert, aber noch nicht auf dem Server: siehe Entwürfe (Alt+3).</numerusform>
        </translation>
    </message>
    <message>
        <source>● Working offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>Nothing is sent to the server; changes are kept as drafts. Turn off File ▸ Work offline to connect.</source>
        <translation>Es wird nichts an den Server gesendet; Änderungen werden als Entwürfe gespeichert. Schalten Sie Datei ▸ Offline arbeiten aus, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>● Offline — the server cannot be reached</source>
        <translation>● Offline — der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Lists show what akdesk fetched last; changes are kept as drafts. akdesk checks every few seconds and says when the server is back.</source>
        <translation>Listen zeigen, was akdesk zuletzt abgerufen hat; Änderungen werden als Entwürfe gespeichert. akdesk prüft alle paar Sekunden und meldet, wenn der Server wieder da ist.</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Keine Entwürfe</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfe</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Entwürfe (%1)</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>Alle Abläufe</translation>
    </message>
    <message>
        <source>Changes not yet on the server</source>
        <translation>Änderungen, die noch nicht auf dem Server sind</translation>
    </message>
    <message>
        <source>Flow %1</source>
        <translation>Ablauf %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>„%1“ angelegt.</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>Dupliziert als „%1“.</translation>
    </message>
    <message>
        <source>Not duplicated</source>
        <translation>Nicht dupliziert</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n delete(s) queued as drafts, sent with the next sync.</source>
        <translation>
            <numerusform>Offline: %n Löschung als Entwurf vorgemerkt, wird mit der nächsten Synchronisierung gesendet.</numerusform>
            <numerusform>Offline: %n Löschungen als Entwürfe vorgemerkt, werden mit der nächsten Synchronisierung gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stage(s).</source>
        <translation>
            <numerusform>%n Phase gelöscht.</numerusform>
            <numerusform>%n Phasen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>S&amp;ync drafts</source>
        <translation>Entwürfe s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen …</translation>
    </message>
    <message>
        <source>S&amp;witch connection</source>
        <translation>Verbindung &amp;wechseln</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Go to anything…</source>
        <translation>&amp;Gehe zu …</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>&amp;New stage…</source>
        <translation>&amp;Neue Phase …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>S&amp;uchen …</translation>
    </message>
    <message>
        <source>F&amp;low</source>
        <translation>Ab&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;New flow…</source>
        <translation>&amp;Neuer Ablauf …</translation>
    </message>
    <message>
        <source>&amp;Clone flow…</source>
        <translation>Ablauf &amp;klonen …</translation>
    </message>
    <message>
        <source>&amp;Delete flow…</source>
        <translation>Ablauf &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Add binding…</source>
        <translation>Bindung &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit binding…</source>
        <translation>Bindung &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Move binding &amp;up</source>
        <translation>Bindung nach &amp;oben</translation>
    </message>
    <message>
        <source>Move binding do&amp;wn</source>
        <translation>Bindung nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Remove binding</source>
        <translation>Bindung &amp;entfernen</translation>
    </message>
    <message>
        <source>E&amp;xecute flow</source>
        <translation>Ablauf aus&amp;führen</translation>
    </message>
    <message>
        <source>Ex&amp;port flow…</source>
        <translation>Ablauf e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Go to &amp;navigator</source>
        <translation>Zum &amp;Navigator</translation>
    </message>
    <message>
        <source>Go to &amp;stages</source>
        <translation>Zu den &amp;Phasen</translation>
    </message>
    <message>
        <source>Go to &amp;drafts</source>
        <translation>Zu den &amp;Entwürfen</translation>
    </message>
    <message>
        <source>Go to &amp;flows</source>
        <translation>Zu den &amp;Abläufen</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>Nächs&amp;ter Tab</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About akdesk</source>
        <translation>&amp;Über akdesk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Show &amp;toolbar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <source>%1 flows</source>
        <translation>Abläufe (%1)</translation>
    </message>
    <message>
        <source>“%1” is not available here.</source>
        <translation>„%1“ ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Open the selected stage or flow</source>
        <translation>Die ausgewählte Phase oder den ausgewählten Ablauf öffnen</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Load the next page</source>
        <translation>Die nächste Seite laden</translation>
    </message>
    <message>
        <source>Scroll or move past the last row</source>
        <translation>Über die letzte Zeile hinaus scrollen oder bewegen</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Editoren</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Nächstes Feld</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>Vorheriges Feld</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Keep as a draft and close</source>
        <translation>Als Entwurf behalten und schließen</translation>
    </message>
    <message>
        <source>Discard the selected drafts</source>
        <translation>Die ausgewählten Entwürfe verwerfen</translation>
    </message>
    <message>
        <source>Open the draft&apos;s record</source>
        <translation>Den Datensatz des Entwurfs öffnen</translation>
    </message>
    <message>
        <source>Go to anything</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Choose a result</source>
        <translation>Ein Ergebnis wählen</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Pfeil hoch, Pfeil runter, Bild auf, Bild ab</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>Dorthin gehen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edits are not being kept on disk</source>
        <translation>Änderungen werden nicht auf der Festplatte gespeichert</translation>
    </message>
    <message>
        <source>The drafts file refuses writes: %1. Open editors keep what you typed; save it to the server.</source>
        <translation>Die Entwurfsdatei verweigert das Schreiben: %1. Offene Editoren behalten, was Sie eingegeben haben; speichern Sie es auf dem Server.</translation>
    </message>
    <message>
        <source>● Online, but the server refuses every request</source>
        <translation>● Online, aber der Server lehnt jede Anfrage ab</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>akdesk has no form for this kind of policy.</source>
        <translation>akdesk hat kein Formular für diese Art von Richtlinie.</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>Alle Richtlinien</translation>
    </message>
    <message>
        <source>It was not duplicated: %1</source>
        <translation>Es wurde nicht dupliziert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n policy(ies).</source>
        <translation>
            <numerusform>%n Richtlinie gelöscht.</numerusform>
            <numerusform>%n Richtlinien gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export all flows to a &amp;folder…</source>
        <translation>Alle Abläufe in einen &amp;Ordner exportieren …</translation>
    </message>
    <message>
        <source>Export every flow into a folder</source>
        <translation>Jeden Ablauf in einen Ordner exportieren</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n flow(s) not exported.</source>
        <translation>
            <numerusform>%1 %n Ablauf nicht exportiert.</numerusform>
            <numerusform>%1 %n Abläufe nicht exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every flow was exported</source>
        <translation>Nicht jeder Ablauf wurde exportiert</translation>
    </message>
    <message>
        <source>Exporting the flows…</source>
        <translation>Die Abläufe werden exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting “%1” (%2 of %3)…</source>
        <translation>„%1“ wird exportiert (%2 von %3) …</translation>
    </message>
    <message numerus="yes">
        <source>Export stopped: %n flow(s) written to %1 so far.</source>
        <translation>
            <numerusform>Export angehalten: bisher %n Ablauf nach %1 geschrieben.</numerusform>
            <numerusform>Export angehalten: bisher %n Abläufe nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n flow(s) to %1: %2 new or changed, %3 unchanged.</source>
        <translation>
            <numerusform>%n Ablauf nach %1 exportiert: %2 neu oder geändert, %3 unverändert.</numerusform>
            <numerusform>%n Abläufe nach %1 exportiert: %2 neu oder geändert, %3 unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import blueprint…</source>
        <translation>Blaupause &amp;importieren …</translation>
    </message>
    <message>
        <source>Import a blueprint</source>
        <translation>Eine Blaupause importieren</translation>
    </message>
    <message>
        <source>Blueprints (*.yaml *.yml)</source>
        <translation>Blaupausen (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Pro&amp;mote flow to another connection…</source>
        <translation>Ablauf auf eine andere Verbindung &amp;übertragen …</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>Blueprint imported.</source>
        <translation>Blaupause importiert.</translation>
    </message>
    <message>
        <source>Blueprint not imported: %1</source>
        <translation>Blaupause nicht importiert: %1</translation>
    </message>
    <message>
        <source>Promote flow</source>
        <translation>Ablauf übertragen</translation>
    </message>
    <message>
        <source>There is no other saved connection to promote “%1” to. Add one under File ▸ Connections.</source>
        <translation>Es gibt keine andere gespeicherte Verbindung, auf die „%1“ übertragen werden kann. Legen Sie eine unter Datei ▸ Verbindungen an.</translation>
    </message>
    <message>
        <source>Copy or update “%1” on:</source>
        <translation>„%1“ kopieren oder aktualisieren auf:</translation>
    </message>
    <message>
        <source>The connection %1 has no server address.</source>
        <translation>Die Verbindung %1 hat keine Serveradresse.</translation>
    </message>
    <message>
        <source>No token is kept for %1. Open it once under File ▸ Connections.</source>
        <translation>Für %1 ist kein Token gespeichert. Öffnen Sie sie einmal unter Datei ▸ Verbindungen.</translation>
    </message>
    <message>
        <source>Flow “%1”: %2 → %3</source>
        <translation>Ablauf „%1“: %2 → %3</translation>
    </message>
    <message>
        <source>Set on %1 by hand (the API never returns it): %2</source>
        <translation>Auf %1 von Hand setzen (die API gibt es nie zurück): %2</translation>
    </message>
    <message>
        <source>Not found by name here, left as written: %1</source>
        <translation>Hier nicht über den Namen gefunden, so belassen: %1</translation>
    </message>
    <message>
        <source>Promoted to %1.</source>
        <translation>Auf %1 übertragen.</translation>
    </message>
    <message>
        <source>Promotion to %1 stopped: %2</source>
        <translation>Übertragung auf %1 angehalten: %2</translation>
    </message>
</context>
<context>
    <name>akdesk::Overlay</name>
    <message>
        <source>A stage that does nothing; set it to throw an error to test how a flow fails.</source>
        <translation>Eine Phase, die nichts tut; lassen Sie sie einen Fehler auslösen, um zu testen, wie ein Ablauf scheitert.</translation>
    </message>
    <message>
        <source>Sends the user to a source (e.g. a social login) and resumes the flow when they return.</source>
        <translation>Schickt den Benutzer zu einer Quelle (z. B. einer Social-Login-Anmeldung) und setzt den Ablauf fort, wenn er zurückkehrt.</translation>
    </message>
    <message>
        <source>Asks the user to identify themselves by e-mail, username or UPN, or through a source.</source>
        <translation>Fordert den Benutzer auf, sich per E-Mail, Benutzername oder UPN oder über eine Quelle zu identifizieren.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Every stage, whatever its kind.</source>
        <translation>Jede Phase, gleich welcher Art.</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <source>A flow: the stages a user goes through, in order.</source>
        <translation>Ein Ablauf: die Phasen, die ein Benutzer nacheinander durchläuft.</translation>
    </message>
    <message>
        <source>Stage binding</source>
        <translation>Phasenbindung</translation>
    </message>
    <message>
        <source>Stage bindings</source>
        <translation>Phasenbindungen</translation>
    </message>
    <message>
        <source>A stage bound into a flow at a position.</source>
        <translation>Eine Phase, die an einer Position in einen Ablauf gebunden ist.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Where users come from: the built-in database, social logins, SAML, LDAP...</source>
        <translation>Woher Benutzer kommen: die eingebaute Datenbank, Social Logins, SAML, LDAP …</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unique across all stages.</source>
        <translation>Eindeutig über alle Phasen.</translation>
    </message>
    <message>
        <source>Throw an error</source>
        <translation>Einen Fehler auslösen</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Fails the flow when this stage is reached; for testing.</source>
        <translation>Lässt den Ablauf scheitern, wenn diese Phase erreicht wird; zum Testen.</translation>
    </message>
    <message>
        <source>The source the user is sent to; the flow resumes when they return.</source>
        <translation>Die Quelle, zu der der Benutzer geschickt wird; der Ablauf wird fortgesetzt, wenn er zurückkehrt.</translation>
    </message>
    <message>
        <source>Resume timeout</source>
        <translation>Zeitlimit für die Rückkehr</translation>
    </message>
    <message>
        <source>How long the user may take to come back from the source, e.g. minutes=10 or hours=1;minutes=30.</source>
        <translation>Wie lange der Benutzer für die Rückkehr von der Quelle brauchen darf, z. B. minutes=10 oder hours=1;minutes=30.</translation>
    </message>
    <message>
        <source>Resume on match failures</source>
        <translation>Bei Zuordnungsfehlern fortsetzen</translation>
    </message>
    <message>
        <source>Source matching failures after which the flow still resumes.</source>
        <translation>Fehler beim Zuordnen zur Quelle, nach denen der Ablauf trotzdem fortgesetzt wird.</translation>
    </message>
    <message>
        <source>User fields</source>
        <translation>Benutzerfelder</translation>
    </message>
    <message>
        <source>Fields of the user object to match against. With none selected, users can only identify through a source.</source>
        <translation>Felder des Benutzerobjekts, mit denen abgeglichen wird. Ist keines ausgewählt, können sich Benutzer nur über eine Quelle identifizieren.</translation>
    </message>
    <message>
        <source>Case-insensitive matching</source>
        <translation>Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>Match user fields regardless of their casing.</source>
        <translation>Benutzerfelder unabhängig von Groß- und Kleinschreibung abgleichen.</translation>
    </message>
    <message>
        <source>Pretend user exists</source>
        <translation>So tun, als gäbe es den Benutzer</translation>
    </message>
    <message>
        <source>Continue even when no user matches, so that nobody can probe which accounts exist.</source>
        <translation>Auch fortfahren, wenn kein Benutzer passt, damit niemand ausprobieren kann, welche Konten existieren.</translation>
    </message>
    <message>
        <source>Show matched user</source>
        <translation>Gefundenen Benutzer anzeigen</translation>
    </message>
    <message>
        <source>Show the matched user&apos;s name and avatar instead of what was typed.</source>
        <translation>Name und Avatar des gefundenen Benutzers statt der Eingabe anzeigen.</translation>
    </message>
    <message>
        <source>Offer &quot;Remember me&quot;</source>
        <translation>„Angemeldet bleiben“ anbieten</translation>
    </message>
    <message>
        <source>Let returning users skip straight to their password on this device.</source>
        <translation>Wiederkehrende Benutzer auf diesem Gerät direkt zu ihrem Passwort springen lassen.</translation>
    </message>
    <message>
        <source>Password stage</source>
        <translation>Passwort-Phase</translation>
    </message>
    <message>
        <source>Ask for the password on the same page instead of a separate step.</source>
        <translation>Das Passwort auf derselben Seite abfragen statt in einem eigenen Schritt.</translation>
    </message>
    <message>
        <source>Captcha stage</source>
        <translation>Captcha-Phase</translation>
    </message>
    <message>
        <source>Check a captcha on the same page.</source>
        <translation>Ein Captcha auf derselben Seite prüfen.</translation>
    </message>
    <message>
        <source>Passkey (WebAuthn) stage</source>
        <translation>Passkey-Phase (WebAuthn)</translation>
    </message>
    <message>
        <source>Allow signing in with a passkey where the browser offers one.</source>
        <translation>Anmelden mit einem Passkey erlauben, wo der Browser einen anbietet.</translation>
    </message>
    <message>
        <source>Enrollment flow</source>
        <translation>Registrierungsablauf</translation>
    </message>
    <message>
        <source>Linked at the bottom of the page for new users.</source>
        <translation>Unten auf der Seite für neue Benutzer verlinkt.</translation>
    </message>
    <message>
        <source>Recovery flow</source>
        <translation>Wiederherstellungsablauf</translation>
    </message>
    <message>
        <source>Linked at the bottom of the page for users who forgot their password.</source>
        <translation>Unten auf der Seite für Benutzer verlinkt, die ihr Passwort vergessen haben.</translation>
    </message>
    <message>
        <source>Passwordless flow</source>
        <translation>Passwortloser Ablauf</translation>
    </message>
    <message>
        <source>Linked at the bottom of the page for signing in without a password.</source>
        <translation>Unten auf der Seite für die Anmeldung ohne Passwort verlinkt.</translation>
    </message>
    <message>
        <source>Sources shown on the page, e.g. social logins.</source>
        <translation>Auf der Seite angezeigte Quellen, z. B. Social Logins.</translation>
    </message>
    <message>
        <source>Show source labels</source>
        <translation>Quellenbezeichnungen anzeigen</translation>
    </message>
    <message>
        <source>Show each source&apos;s name next to its icon.</source>
        <translation>Den Namen jeder Quelle neben ihrem Symbol anzeigen.</translation>
    </message>
    <message>
        <source>Shown in the admin interface.</source>
        <translation>Wird in der Administrationsoberfläche angezeigt.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Shown as the title on the flow&apos;s pages.</source>
        <translation>Wird als Titel auf den Seiten des Ablaufs angezeigt.</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Part of the flow&apos;s URL: letters, numbers, &apos;-&apos; and &apos;_&apos;, at most 50.</source>
        <translation>Teil der URL des Ablaufs: Buchstaben, Ziffern, „-“ und „_“, höchstens 50.</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Bestimmung</translation>
    </message>
    <message>
        <source>What the flow is used for, e.g. authentication or enrollment.</source>
        <translation>Wofür der Ablauf verwendet wird, z. B. Authentifizierung oder Registrierung.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Who may run the flow.</source>
        <translation>Wer den Ablauf ausführen darf.</translation>
    </message>
    <message>
        <source>Policy engine mode</source>
        <translation>Richtlinienmodus</translation>
    </message>
    <message>
        <source>Whether all or any bound policies must pass.</source>
        <translation>Ob alle oder irgendeine der gebundenen Richtlinien bestehen müssen.</translation>
    </message>
    <message>
        <source>Denied action</source>
        <translation>Aktion bei Ablehnung</translation>
    </message>
    <message>
        <source>What happens when the flow denies access.</source>
        <translation>Was passiert, wenn der Ablauf den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Compatibility mode</source>
        <translation>Kompatibilitätsmodus</translation>
    </message>
    <message>
        <source>Increases compatibility with password managers on mobile devices.</source>
        <translation>Verbessert die Kompatibilität mit Passwortmanagern auf Mobilgeräten.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>How the flow&apos;s pages are laid out.</source>
        <translation>Wie die Seiten des Ablaufs angeordnet sind.</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Background image shown while the flow runs.</source>
        <translation>Hintergrundbild, das während des Ablaufs angezeigt wird.</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>The flow the stage is bound into.</source>
        <translation>Der Ablauf, an den die Phase gebunden ist.</translation>
    </message>
    <message>
        <source>The stage that runs at this point of the flow.</source>
        <translation>Die Phase, die an dieser Stelle des Ablaufs läuft.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Stages run in ascending order.</source>
        <translation>Phasen laufen in aufsteigender Reihenfolge.</translation>
    </message>
    <message>
        <source>Evaluate when the flow is planned</source>
        <translation>Beim Planen des Ablaufs auswerten</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Evaluate the binding&apos;s policies when the flow is planned.</source>
        <translation>Die Richtlinien der Bindung auswerten, wenn der Ablauf geplant wird.</translation>
    </message>
    <message>
        <source>Re-evaluate policies</source>
        <translation>Richtlinien erneut auswerten</translation>
    </message>
    <message>
        <source>Evaluate the binding&apos;s policies again just before the stage is shown.</source>
        <translation>Die Richtlinien der Bindung direkt vor dem Anzeigen der Phase erneut auswerten.</translation>
    </message>
    <message>
        <source>Invalid response action</source>
        <translation>Aktion bei ungültiger Antwort</translation>
    </message>
    <message>
        <source>What happens when the user&apos;s answer to this stage is invalid.</source>
        <translation>Was passiert, wenn die Antwort des Benutzers auf diese Phase ungültig ist.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>akdesk::PagedListModel</name>
    <message>
        <source>cached %1, refreshing…</source>
        <translation>zwischengespeichert %1, wird aktualisiert …</translation>
    </message>
    <message>
        <source>cached %1 — working offline</source>
        <translation>zwischengespeichert %1 — offline</translation>
    </message>
    <message>
        <source>cached %1 — the server cannot be reached</source>
        <translation>zwischengespeichert %1 — der Server ist nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>akdesk::PaletteModel</name>
    <message>
        <source>Working offline: stages and flows are not searched.</source>
        <translation>Offline: Phasen und Abläufe werden nicht durchsucht.</translation>
    </message>
    <message>
        <source>The server cannot be reached: stages and flows are not searched.</source>
        <translation>Der Server ist nicht erreichbar: Phasen und Abläufe werden nicht durchsucht.</translation>
    </message>
    <message>
        <source>Stages and flows could not be searched: %1</source>
        <translation>Phasen und Abläufe konnten nicht durchsucht werden: %1</translation>
    </message>
</context>
<context>
    <name>akdesk::PolicyBindingDialog</name>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Negate the result</source>
        <translation>Ergebnis umkehren</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Pass when the policy fails with an error</source>
        <translation>Bestehen, wenn die Richtlinie mit einem Fehler scheitert</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Bind to %1</source>
        <translation>An %1 binden</translation>
    </message>
    <message>
        <source>An existing policy</source>
        <translation>Eine vorhandene Richtlinie</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Eine Gruppe</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>Einen Benutzer</translation>
    </message>
    <message>
        <source>A new policy</source>
        <translation>Eine neue Richtlinie</translation>
    </message>
    <message>
        <source>Name of the new policy</source>
        <translation>Name der neuen Richtlinie</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the policy may run before it counts as failed.</source>
        <translation>Wie lange die Richtlinie laufen darf, bevor sie als gescheitert gilt.</translation>
    </message>
    <message>
        <source>The result when the policy raises an error or times out.</source>
        <translation>Das Ergebnis, wenn die Richtlinie einen Fehler auslöst oder die Zeit überschreitet.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>Binden</translation>
    </message>
    <message>
        <source>Bound:</source>
        <translation>Gebunden:</translation>
    </message>
    <message>
        <source>Bind:</source>
        <translation>Binden:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Richtlinie:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Policy “%1”</source>
        <translation>Richtlinie „%1“</translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation>Gruppe „%1“</translation>
    </message>
    <message>
        <source>User “%1”</source>
        <translation>Benutzer „%1“</translation>
    </message>
</context>
<context>
    <name>akdesk::PolicyBindingsModel</name>
    <message>
        <source>Policy “%1”</source>
        <translation>Richtlinie „%1“</translation>
    </message>
    <message>
        <source>Group “%1”</source>
        <translation>Gruppe „%1“</translation>
    </message>
    <message>
        <source>User “%1”</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <source>Binding %1</source>
        <translation>Binden von %1</translation>
    </message>
    <message>
        <source>Could not read the policy bindings</source>
        <translation>Die Richtlinienbindungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The new order was not saved; showing the server&apos;s order again</source>
        <translation>Die neue Reihenfolge wurde nicht gespeichert; die Reihenfolge des Servers wird wieder gezeigt</translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached; the new order is kept as %n draft(s) and sent with the next sync.</source>
        <translation>
            <numerusform>Der Server ist nicht erreichbar; die neue Reihenfolge wird als %n Entwurf behalten und mit der nächsten Synchronisierung gesendet.</numerusform>
            <numerusform>Der Server ist nicht erreichbar; die neue Reihenfolge wird als %n Entwürfe behalten und mit der nächsten Synchronisierung gesendet.</numerusform>
        </translation>
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
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Gebunden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Negate</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <source>Passes on error</source>
        <translation>Besteht bei Fehler</translation>
    </message>
</context>
<context>
    <name>akdesk::PolicyBindingsPanel</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Enable/disable</source>
        <translation>Aktivieren/deaktivieren</translation>
    </message>
    <message>
        <source>Negate</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Test…</source>
        <translation>Testen…</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Unten)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Oben)</translation>
    </message>
    <message>
        <source>%1 is kept as a draft: the server cannot be reached. Bind it once it is sent.</source>
        <translation>%1 wird als Entwurf behalten: Der Server ist nicht erreichbar. Binden Sie sie, sobald sie gesendet ist.</translation>
    </message>
    <message>
        <source>The policy was not created: %1</source>
        <translation>Die Richtlinie wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>%1 bound to %2</source>
        <translation>%1 an %2 gebunden</translation>
    </message>
    <message>
        <source>Binding %1 is queued as a draft: the server cannot be reached. It is sent with the next sync.</source>
        <translation>Das Binden von %1 wartet als Entwurf: Der Server ist nicht erreichbar. Es wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>Not bound: %1</source>
        <translation>Nicht gebunden: %1</translation>
    </message>
    <message>
        <source>Bound %1 to %2</source>
        <translation>%1 an %2 gebunden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Enabled %1</source>
        <translation>%1 aktiviert</translation>
    </message>
    <message>
        <source>Disabled %1</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <source>%1 now negated</source>
        <translation>%1 jetzt umgekehrt</translation>
    </message>
    <message>
        <source>%1 no longer negated</source>
        <translation>%1 nicht mehr umgekehrt</translation>
    </message>
    <message>
        <source>The change to %1 is queued as a draft: the server cannot be reached. It is sent with the next sync.</source>
        <translation>Die Änderung an %1 wartet als Entwurf: Der Server ist nicht erreichbar. Sie wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>Moved %1 to order %2</source>
        <translation>%1 auf Reihenfolge %2 verschoben</translation>
    </message>
    <message>
        <source>Remove policy binding</source>
        <translation>Richtlinienbindung entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>%1 aus %2 entfernen?</translation>
    </message>
    <message>
        <source>The policy itself stays; only this binding is deleted.</source>
        <translation>Die Richtlinie selbst bleibt; nur diese Bindung wird gelöscht.</translation>
    </message>
    <message>
        <source>Only this binding is deleted.</source>
        <translation>Nur diese Bindung wird gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Removing %1 is queued as a draft: the server cannot be reached. It is sent with the next sync.</source>
        <translation>Das Entfernen von %1 wartet als Entwurf: Der Server ist nicht erreichbar. Es wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation>%1 aus %2 entfernt</translation>
    </message>
    <message>
        <source>Move the policy binding down</source>
        <translation>Richtlinienbindung nach unten verschieben</translation>
    </message>
    <message>
        <source>Move the policy binding up</source>
        <translation>Richtlinienbindung nach oben verschieben</translation>
    </message>
</context>
<context>
    <name>akdesk::PolicyKinds</name>
    <message>
        <source>Dummy Policy</source>
        <translation>Dummy-Richtlinie</translation>
    </message>
    <message>
        <source>Dummy Policies</source>
        <translation>Dummy-Richtlinien</translation>
    </message>
    <message>
        <source>Event Matcher Policy</source>
        <translation>Ereignisabgleich-Richtlinie</translation>
    </message>
    <message>
        <source>Event Matcher Policies</source>
        <translation>Ereignisabgleich-Richtlinien</translation>
    </message>
    <message>
        <source>Expression Policy</source>
        <translation>Ausdrucksrichtlinie</translation>
    </message>
    <message>
        <source>Expression Policies</source>
        <translation>Ausdrucksrichtlinien</translation>
    </message>
    <message>
        <source>GeoIP Policy</source>
        <translation>GeoIP-Richtlinie</translation>
    </message>
    <message>
        <source>GeoIP Policies</source>
        <translation>GeoIP-Richtlinien</translation>
    </message>
    <message>
        <source>Password Policy</source>
        <translation>Passwortrichtlinie</translation>
    </message>
    <message>
        <source>Password Policies</source>
        <translation>Passwortrichtlinien</translation>
    </message>
    <message>
        <source>Password Expiry Policy</source>
        <translation>Passwortablauf-Richtlinie</translation>
    </message>
    <message>
        <source>Password Expiry Policies</source>
        <translation>Passwortablauf-Richtlinien</translation>
    </message>
    <message>
        <source>Reputation Policy</source>
        <translation>Reputationsrichtlinie</translation>
    </message>
    <message>
        <source>Reputation Policies</source>
        <translation>Reputationsrichtlinien</translation>
    </message>
    <message>
        <source>Password Uniqueness Policy</source>
        <translation>Passwort-Einzigartigkeitsrichtlinie</translation>
    </message>
    <message>
        <source>Password Uniqueness Policies</source>
        <translation>Passwort-Einzigartigkeitsrichtlinien</translation>
    </message>
</context>
<context>
    <name>akdesk::PolicyTestDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Test “%1”</source>
        <translation>„%1“ testen</translation>
    </message>
    <message>
        <source>Search users…</source>
        <translation>Benutzer suchen…</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>{ }  (optional: a JSON object the policy sees as request.context)</source>
        <translation>{ }  (optional: ein JSON-Objekt, das die Richtlinie als request.context sieht)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>The server&apos;s log lines</source>
        <translation>Die Protokollzeilen des Servers</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>Kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>The context must be a JSON object: { &quot;key&quot;: value, … }</source>
        <translation>Der Kontext muss ein JSON-Objekt sein: { &quot;key&quot;: value, … }</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>The server did not run the test: %1</source>
        <translation>Der Server hat den Test nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>✔ Passing</source>
        <translation>✔ Bestanden</translation>
    </message>
    <message>
        <source>✘ Not passing</source>
        <translation>✘ Nicht bestanden</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Keine Meldungen.</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Meldungen: %1</translation>
    </message>
</context>
<context>
    <name>akdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
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
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>A new language or appearance is used the next time akdesk starts.</source>
        <translation>Eine neue Sprache oder ein neues Erscheinungsbild wird beim nächsten Start von akdesk verwendet.</translation>
    </message>
</context>
<context>
    <name>akdesk::ProfileLock</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the lock file in %1.</source>
        <translation>Die Sperrdatei in %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>akdesk::RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Restored your unsaved changes from %1 (draft). Save sends them; Revert discards them.</source>
        <translation>Ihre ungespeicherten Änderungen von %1 wurden wiederhergestellt (Entwurf). Speichern sendet sie; Zurücksetzen verwirft sie.</translation>
    </message>
    <message>
        <source>Not saved: “%1” changed on the server too. Your changes are kept as a draft; resolve the conflict here or in the Drafts panel.</source>
        <translation>Nicht gespeichert: „%1“ wurde auch auf dem Server geändert. Ihre Änderungen bleiben als Entwurf erhalten; lösen Sie den Konflikt hier oder in der Entwurfsansicht.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Some fields need fixing first.</source>
        <translation>Einige Felder müssen zuerst korrigiert werden.</translation>
    </message>
    <message>
        <source>The server did not accept the changes; see the marked fields.</source>
        <translation>Der Server hat die Änderungen nicht akzeptiert; siehe die markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved: %1
Your changes are still here.</source>
        <translation>Nicht gespeichert: %1
Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>Bound into flows: none</source>
        <translation>In Abläufe gebunden: keine</translation>
    </message>
    <message>
        <source>Bound into flows: %1</source>
        <translation>In Abläufe gebunden: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not on the server yet.</source>
        <translation>„%1“ hat Änderungen, die noch nicht auf dem Server sind.</translation>
    </message>
    <message>
        <source>Keep them as a draft to finish or sync later from the Drafts panel.</source>
        <translation>Behalten Sie sie als Entwurf, um sie später in der Entwurfsansicht fertigzustellen oder zu synchronisieren.</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>Als Entwurf &amp;behalten</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>This record is not available offline: akdesk has not fetched it from the server before. Open it again once the server can be reached.</source>
        <translation>Dieser Datensatz ist offline nicht verfügbar: akdesk hat ihn noch nie vom Server geladen. Öffnen Sie ihn erneut, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Not saved: fix “%1” first. %2</source>
        <translation>Nicht gespeichert: Korrigieren Sie zuerst „%1“. %2</translation>
    </message>
    <message>
        <source>Nothing to save: no field was changed.</source>
        <translation>Nichts zu speichern: Es wurde kein Feld geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved; merged %n change(s) made on the server: %1.</source>
        <translation>
            <numerusform>Gespeichert; %n Änderung vom Server übernommen: %1.</numerusform>
            <numerusform>Gespeichert; %n Änderungen vom Server übernommen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your edits are not being kept on disk (%1). They stay in this window; Save sends what you see here.</source>
        <translation>Ihre Änderungen werden nicht auf der Festplatte gespeichert (%1). Sie bleiben in diesem Fenster; Speichern sendet, was Sie hier sehen.</translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation>&amp;Testen…</translation>
    </message>
    <message>
        <source>Run this policy against a user (%1)</source>
        <translation>Diese Richtlinie für einen Benutzer ausführen (%1)</translation>
    </message>
    <message>
        <source>Test…</source>
        <translation>Testen…</translation>
    </message>
</context>
<context>
    <name>akdesk::RecordWriter</name>
    <message>
        <source>“%1” is no longer bound</source>
        <translation>„%1“ ist nicht mehr gebunden</translation>
    </message>
    <message>
        <source>“%1” is at order %2 on the server (%3 when you began)</source>
        <translation>„%1“ steht auf dem Server an Position %2 (%3, als Sie begannen)</translation>
    </message>
    <message numerus="yes">
        <source>%n binding(s) were added on the server</source>
        <translation>
            <numerusform>%n Bindung wurde auf dem Server hinzugefügt</numerusform>
            <numerusform>%n Bindungen wurden auf dem Server hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the new order (%1), and %2 could not be put back; check the order of “%3”.</source>
        <translation>Der Server hat die neue Reihenfolge abgelehnt (%1), und %2 konnte nicht zurückgesetzt werden; prüfen Sie die Reihenfolge von „%3“.</translation>
    </message>
    <message>
        <source>The server refused the new order (%1); the order of “%2” is as it was.</source>
        <translation>Der Server hat die neue Reihenfolge abgelehnt (%1); die Reihenfolge von „%2“ ist wie zuvor.</translation>
    </message>
    <message>
        <source>The new order is not sent yet (%1).</source>
        <translation>Die neue Reihenfolge ist noch nicht gesendet (%1).</translation>
    </message>
    <message>
        <source>the draft would put two stages at order %1</source>
        <translation>der Entwurf würde zwei Phasen an Position %1 setzen</translation>
    </message>
    <message>
        <source>Another administrator changed the order of “%1” meanwhile: %2. Nothing was sent: keep the server&apos;s order, or send yours over it (Resolve conflict, in Drafts).</source>
        <translation>Ein anderer Administrator hat die Reihenfolge von „%1“ inzwischen geändert: %2. Nichts wurde gesendet: Behalten Sie die Reihenfolge des Servers oder senden Sie Ihre darüber (Konflikt lösen, unter Entwürfe).</translation>
    </message>
</context>
<context>
    <name>akdesk::ReferenceEditor</name>
    <message>
        <source>Type to search…</source>
        <translation>Tippen zum Suchen …</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
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
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Binding: %1 (order %2)</source>
        <translation>Bindung: %1 (Reihenfolge %2)</translation>
    </message>
</context>
<context>
    <name>akdesk::SchemaLoader</name>
    <message>
        <source>not an OpenAPI document: it has no paths or components</source>
        <translation>kein OpenAPI-Dokument: es hat weder Pfade noch Komponenten</translation>
    </message>
    <message>
        <source>the schema is not valid JSON: %1</source>
        <translation>das Schema ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the schema is not a JSON object</source>
        <translation>das Schema ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>akdesk::ServerSchema</name>
    <message>
        <source>bundled schema %1 (server version unknown: %2)</source>
        <translation>mitgeliefertes Schema %1 (Serverversion unbekannt: %2)</translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <source>the server&apos;s own schema %1</source>
        <translation>das eigene Schema des Servers %1</translation>
    </message>
    <message>
        <source>bundled schema %1 (the server&apos;s %2 did not load: %3)</source>
        <translation>mitgeliefertes Schema %1 (das Schema %2 des Servers wurde nicht geladen: %3)</translation>
    </message>
</context>
<context>
    <name>akdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action or key…</source>
        <translation>Nach Aktion oder Taste filtern …</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>akdesk::StageKinds</name>
    <message>
        <source>Account Lockdown Stage</source>
        <translation>Kontosperre-Phase</translation>
    </message>
    <message>
        <source>Account Lockdown Stages</source>
        <translation>Kontosperre-Phasen</translation>
    </message>
    <message>
        <source>Authenticator Duo Stage</source>
        <translation>Authentifikator-Phase (Duo)</translation>
    </message>
    <message>
        <source>Authenticator Duo Stages</source>
        <translation>Authentifikator-Phasen (Duo)</translation>
    </message>
    <message>
        <source>Authenticator Email Stage</source>
        <translation>Authentifikator-Phase (E-Mail)</translation>
    </message>
    <message>
        <source>Authenticator Email Stages</source>
        <translation>Authentifikator-Phasen (E-Mail)</translation>
    </message>
    <message>
        <source>Authenticator Endpoint GDTC Stage</source>
        <translation>Authentifikator-Phase (Endpoint GDTC)</translation>
    </message>
    <message>
        <source>Authenticator Endpoint GDTC Stages</source>
        <translation>Authentifikator-Phasen (Endpoint GDTC)</translation>
    </message>
    <message>
        <source>Authenticator SMS Stage</source>
        <translation>Authentifikator-Phase (SMS)</translation>
    </message>
    <message>
        <source>Authenticator SMS Stages</source>
        <translation>Authentifikator-Phasen (SMS)</translation>
    </message>
    <message>
        <source>Authenticator Static Stage</source>
        <translation>Authentifikator-Phase (statisch)</translation>
    </message>
    <message>
        <source>Authenticator Static Stages</source>
        <translation>Authentifikator-Phasen (statisch)</translation>
    </message>
    <message>
        <source>Authenticator TOTP Stage</source>
        <translation>Authentifikator-Phase (TOTP)</translation>
    </message>
    <message>
        <source>Authenticator TOTP Stages</source>
        <translation>Authentifikator-Phasen (TOTP)</translation>
    </message>
    <message>
        <source>Authenticator Validate Stage</source>
        <translation>Authentifikator-Validierungsphase</translation>
    </message>
    <message>
        <source>Authenticator Validate Stages</source>
        <translation>Authentifikator-Validierungsphasen</translation>
    </message>
    <message>
        <source>Authenticator WebAuthn Stage</source>
        <translation>Authentifikator-Phase (WebAuthn)</translation>
    </message>
    <message>
        <source>Authenticator WebAuthn Stages</source>
        <translation>Authentifikator-Phasen (WebAuthn)</translation>
    </message>
    <message>
        <source>Captcha Stage</source>
        <translation>Captcha-Phase</translation>
    </message>
    <message>
        <source>Captcha Stages</source>
        <translation>Captcha-Phasen</translation>
    </message>
    <message>
        <source>Consent Stage</source>
        <translation>Zustimmungsphase</translation>
    </message>
    <message>
        <source>Consent Stages</source>
        <translation>Zustimmungsphasen</translation>
    </message>
    <message>
        <source>Deny Stage</source>
        <translation>Verweigerungsphase</translation>
    </message>
    <message>
        <source>Deny Stages</source>
        <translation>Verweigerungsphasen</translation>
    </message>
    <message>
        <source>Dummy Stage</source>
        <translation>Dummy-Phase</translation>
    </message>
    <message>
        <source>Dummy Stages</source>
        <translation>Dummy-Phasen</translation>
    </message>
    <message>
        <source>Email Stage</source>
        <translation>E-Mail-Phase</translation>
    </message>
    <message>
        <source>Email Stages</source>
        <translation>E-Mail-Phasen</translation>
    </message>
    <message>
        <source>Endpoint Stage</source>
        <translation>Endpunkt-Phase</translation>
    </message>
    <message>
        <source>Endpoint Stages</source>
        <translation>Endpunkt-Phasen</translation>
    </message>
    <message>
        <source>Identification Stage</source>
        <translation>Identifikationsphase</translation>
    </message>
    <message>
        <source>Identification Stages</source>
        <translation>Identifikationsphasen</translation>
    </message>
    <message>
        <source>Invitation Stage</source>
        <translation>Einladungsphase</translation>
    </message>
    <message>
        <source>Invitation Stages</source>
        <translation>Einladungsphasen</translation>
    </message>
    <message>
        <source>Mutual TLS Stage</source>
        <translation>Mutual-TLS-Phase</translation>
    </message>
    <message>
        <source>Mutual TLS Stages</source>
        <translation>Mutual-TLS-Phasen</translation>
    </message>
    <message>
        <source>Password Stage</source>
        <translation>Passwort-Phase</translation>
    </message>
    <message>
        <source>Password Stages</source>
        <translation>Passwort-Phasen</translation>
    </message>
    <message>
        <source>Prompt Stage</source>
        <translation>Eingabephase</translation>
    </message>
    <message>
        <source>Prompt Stages</source>
        <translation>Eingabephasen</translation>
    </message>
    <message>
        <source>Redirect Stage</source>
        <translation>Weiterleitungsphase</translation>
    </message>
    <message>
        <source>Redirect Stages</source>
        <translation>Weiterleitungsphasen</translation>
    </message>
    <message>
        <source>Source Stage</source>
        <translation>Quellen-Phase</translation>
    </message>
    <message>
        <source>Source Stages</source>
        <translation>Quellen-Phasen</translation>
    </message>
    <message>
        <source>User Delete Stage</source>
        <translation>Benutzerlöschphase</translation>
    </message>
    <message>
        <source>User Delete Stages</source>
        <translation>Benutzerlöschphasen</translation>
    </message>
    <message>
        <source>User Login Stage</source>
        <translation>Benutzeranmeldephase</translation>
    </message>
    <message>
        <source>User Login Stages</source>
        <translation>Benutzeranmeldephasen</translation>
    </message>
    <message>
        <source>User Logout Stage</source>
        <translation>Benutzerabmeldephase</translation>
    </message>
    <message>
        <source>User Logout Stages</source>
        <translation>Benutzerabmeldephasen</translation>
    </message>
    <message>
        <source>User Write Stage</source>
        <translation>Benutzerschreibphase</translation>
    </message>
    <message>
        <source>User Write Stages</source>
        <translation>Benutzerschreibphasen</translation>
    </message>
</context>
<context>
    <name>akdesk::StageListPane</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Bound into flows</source>
        <translation>In Abläufe gebunden</translation>
    </message>
    <message>
        <source>Search stages</source>
        <translation>Phasen suchen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Search %1…</source>
        <translation>%1 suchen …</translation>
    </message>
    <message>
        <source>Search all stages…</source>
        <translation>Alle Phasen suchen …</translation>
    </message>
    <message>
        <source>Search stopped.</source>
        <translation>Suche angehalten.</translation>
    </message>
    <message>
        <source>Loading stages…</source>
        <translation>Phasen werden geladen …</translation>
    </message>
    <message>
        <source>Loading more… (%1 of %2)</source>
        <translation>Weitere werden geladen … (%1 von %2)</translation>
    </message>
    <message>
        <source>There are no stages of this kind yet.</source>
        <translation>Es gibt noch keine Phasen dieser Art.</translation>
    </message>
    <message>
        <source>No stages match the search or filters.</source>
        <translation>Keine Phasen passen zur Suche oder zu den Filtern.</translation>
    </message>
    <message>
        <source>%1 of %2 stages loaded — scroll for more</source>
        <translation>%1 von %2 Phasen geladen — scrollen Sie für mehr</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the stages: %1</source>
        <translation>Die Phasen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading more… (%1 so far)</source>
        <translation>Weitere werden geladen … (bisher %1)</translation>
    </message>
    <message>
        <source>%1 stages loaded — scroll for more</source>
        <translation>%1 Phasen geladen — scrollen Sie für mehr</translation>
    </message>
    <message>
        <source>Search policies</source>
        <translation>Richtlinien durchsuchen</translation>
    </message>
    <message>
        <source>Search all policies…</source>
        <translation>Alle Richtlinien durchsuchen…</translation>
    </message>
    <message>
        <source>Loading policies…</source>
        <translation>Lade Richtlinien…</translation>
    </message>
    <message>
        <source>There are no policies of this kind yet.</source>
        <translation>Es gibt noch keine Richtlinien dieser Art.</translation>
    </message>
    <message>
        <source>No policies match the search or filters.</source>
        <translation>Keine Richtlinie passt zur Suche oder zu den Filtern.</translation>
    </message>
    <message>
        <source>%1 policies loaded — scroll for more</source>
        <translation>%1 Richtlinien geladen — für mehr blättern</translation>
    </message>
    <message>
        <source>%1 of %2 policies loaded — scroll for more</source>
        <translation>%1 von %2 Richtlinien geladen — für mehr blättern</translation>
    </message>
    <message>
        <source>Could not load the policies: %1</source>
        <translation>Die Richtlinien konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>%n Richtlinie</numerusform>
            <numerusform>%n Richtlinien</numerusform>
        </translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>Bindungen</translation>
    </message>
    <message>
        <source>%1…  (Esc stops a running search)</source>
        <translation>%1…  (Esc beendet eine laufende Suche)</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
</context>
<context>
    <name>akdesk::StageTypesModel</name>
    <message>
        <source>the server&apos;s answer was not a list</source>
        <translation>die Antwort des Servers war keine Liste</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>%1 (akdesk has no form for this kind)</source>
        <translation>%1 (akdesk hat kein Formular für diese Art)</translation>
    </message>
</context>
<context>
    <name>akdesk::TextFieldEditor</name>
    <message>
        <source>letters, numbers, - and _</source>
        <translation>Buchstaben, Ziffern, - und _</translation>
    </message>
</context>
<context>
    <name>akdesk::TokenPrompt</name>
    <message>
        <source>Keep the token in a &amp;file readable only by me</source>
        <translation>Das Token in einer nur für mich lesbaren &amp;Datei aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Token for “%1”</source>
        <translation>Token für „%1“</translation>
    </message>
    <message>
        <source>akdesk has no API token stored for “%1” (%2). Enter an administrator&apos;s token (authentik: Directory ▸ Tokens).</source>
        <translation>akdesk hat kein API-Token für „%1“ (%2) gespeichert. Geben Sie das Token eines Administrators ein (authentik: Verzeichnis ▸ Tokens).</translation>
    </message>
    <message>
        <source>No keychain is available (%1): a token kept for one session is gone after akdesk ends. Tick the box below to keep it in a file readable only by you.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Ein nur für eine Sitzung aufbewahrtes Token ist nach dem Beenden von akdesk weg. Setzen Sie das Häkchen unten, um es in einer nur für Sie lesbaren Datei aufzubewahren.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
</context>
<context>
    <name>akdesk::TokenVault</name>
    <message>
        <source>in the system keychain</source>
        <translation>im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>in a file readable only by you</source>
        <translation>in einer nur für Sie lesbaren Datei</translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation>nur für diese Sitzung</translation>
    </message>
    <message>
        <source>nowhere (no token)</source>
        <translation>nirgends (kein Token)</translation>
    </message>
    <message>
        <source>the keychain is turned off</source>
        <translation>der Schlüsselbund ist ausgeschaltet</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation>Das Token wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). As you allowed, the token is kept in %2, readable only by you.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Wie von Ihnen erlaubt, wird das Token in %2 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The token is kept for this session only; allow a file readable only by you to keep it.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Das Token wird nur für diese Sitzung gespeichert; erlauben Sie eine nur für Sie lesbare Datei, um es zu behalten.</translation>
    </message>
</context>
<context>
    <name>akdesk::Validation</name>
    <message>
        <source>Use unit=value pairs separated by &quot;;&quot; with units weeks, days, hours, minutes, seconds, milliseconds or microseconds, e.g. hours=1;minutes=30.</source>
        <translation>Verwenden Sie durch „;“ getrennte Paare Einheit=Wert mit den Einheiten weeks, days, hours, minutes, seconds, milliseconds oder microseconds, z. B. hours=1;minutes=30.</translation>
    </message>
    <message>
        <source>This field may not be blank.</source>
        <translation>Dieses Feld darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Enter a valid &quot;slug&quot; consisting of letters, numbers, underscores or hyphens.</source>
        <translation>Geben Sie einen gültigen „Slug“ aus Buchstaben, Ziffern, Unterstrichen oder Bindestrichen ein.</translation>
    </message>
    <message>
        <source>Ensure this field has no more than %1 characters.</source>
        <translation>Dieses Feld darf höchstens %1 Zeichen enthalten.</translation>
    </message>
    <message>
        <source>Must be a valid UUID.</source>
        <translation>Muss eine gültige UUID sein.</translation>
    </message>
    <message>
        <source>This value does not match the required pattern %1.</source>
        <translation>Dieser Wert entspricht nicht dem geforderten Muster %1.</translation>
    </message>
    <message>
        <source>A valid integer is required.</source>
        <translation>Eine gültige Ganzzahl ist erforderlich.</translation>
    </message>
    <message>
        <source>Ensure this value is greater than or equal to %1.</source>
        <translation>Dieser Wert muss größer oder gleich %1 sein.</translation>
    </message>
    <message>
        <source>Ensure this value is less than or equal to %1.</source>
        <translation>Dieser Wert muss kleiner oder gleich %1 sein.</translation>
    </message>
    <message>
        <source>%1 is not a valid choice.</source>
        <translation>%1 ist keine gültige Auswahl.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;&quot; is not a valid choice.</source>
        <translation>&quot;&quot; ist keine gültige Auswahl.</translation>
    </message>
    <message>
        <source>Must be a valid boolean.</source>
        <translation>Muss ein gültiger Wahrheitswert sein.</translation>
    </message>
    <message>
        <source>A valid number is required.</source>
        <translation>Eine gültige Zahl ist erforderlich.</translation>
    </message>
    <message>
        <source>Expected a dictionary of items.</source>
        <translation>Ein Dictionary von Elementen wurde erwartet.</translation>
    </message>
    <message>
        <source>Not a valid string.</source>
        <translation>Keine gültige Zeichenkette.</translation>
    </message>
    <message>
        <source>This field may not be null.</source>
        <translation>Dieses Feld darf nicht null sein.</translation>
    </message>
    <message>
        <source>Expected a list of items but got type &quot;%1&quot;.</source>
        <translation>Eine Liste von Elementen wurde erwartet, aber Typ „%1“ erhalten.</translation>
    </message>
    <message>
        <source>Choose a stage.</source>
        <translation>Wählen Sie eine Phase.</translation>
    </message>
    <message>
        <source>Choose a flow.</source>
        <translation>Wählen Sie einen Ablauf.</translation>
    </message>
    <message>
        <source>Choose a source.</source>
        <translation>Wählen Sie eine Quelle.</translation>
    </message>
    <message>
        <source>Choose one of the listed items.</source>
        <translation>Wählen Sie einen der aufgeführten Einträge.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Wählen Sie einen der aufgeführten Werte.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <source>Enter a slug: letters, numbers, “-” and “_”.</source>
        <translation>Geben Sie einen Slug ein: Buchstaben, Ziffern, „-“ und „_“.</translation>
    </message>
    <message>
        <source>Enter a duration, e.g. hours=1;minutes=30.</source>
        <translation>Geben Sie eine Dauer ein, z. B. hours=1;minutes=30.</translation>
    </message>
    <message>
        <source>Fill in this field.</source>
        <translation>Füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <source>Enter a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6.</source>
        <translation>Geben Sie eine UUID ein, z. B. 3fa85f64-5717-4562-b3fc-2c963f66afa6.</translation>
    </message>
    <message>
        <source>A slug may only hold letters, numbers, “-” and “_”.</source>
        <translation>Ein Slug darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Enter %1 or more.</source>
        <translation>Geben Sie %1 oder mehr ein.</translation>
    </message>
    <message>
        <source>Enter %1 or less.</source>
        <translation>Geben Sie %1 oder weniger ein.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Wählen Sie Ja oder Nein.</translation>
    </message>
    <message>
        <source>Enter a JSON object: { … }.</source>
        <translation>Geben Sie ein JSON-Objekt ein: { … }.</translation>
    </message>
    <message>
        <source>Enter a JSON list: [ … ].</source>
        <translation>Geben Sie eine JSON-Liste ein: [ … ].</translation>
    </message>
    <message>
        <source>Enter text.</source>
        <translation>Geben Sie Text ein.</translation>
    </message>
    <message>
        <source>Enter text that matches %1.</source>
        <translation>Geben Sie Text ein, der %1 entspricht.</translation>
    </message>
</context>
<context>
    <name>akdesk::blueprints</name>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>incomplete format</source>
        <translation>unvollständiges Format</translation>
    </message>
    <message>
        <source>format requires a mapping</source>
        <translation>das Format braucht eine Zuordnung</translation>
    </message>
    <message>
        <source>not enough arguments for format string</source>
        <translation>zu wenige Argumente für den Formattext</translation>
    </message>
    <message>
        <source>%1 format: a real number is required, not %2</source>
        <translation>Format %1: eine Zahl wird erwartet, nicht %2</translation>
    </message>
    <message>
        <source>must be real number, not %1</source>
        <translation>muss eine Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>unsupported format character &apos;%1&apos;</source>
        <translation>nicht unterstütztes Formatzeichen „%1“</translation>
    </message>
    <message>
        <source>not all arguments converted during string formatting</source>
        <translation>nicht alle Argumente wurden beim Formatieren verwendet</translation>
    </message>
</context>
<context>
    <name>akdesk::blueprints::BlueprintResolver</name>
    <message>
        <source>the model must be &quot;app.model&quot;, e.g. authentik_flows.flow</source>
        <translation>das Modell muss „app.modell“ sein, z. B. authentik_flows.flow</translation>
    </message>
    <message>
        <source>`state` must be present, created, must_created or absent, not &quot;%1&quot;</source>
        <translation>`state` muss present, created, must_created oder absent sein, nicht „%1“</translation>
    </message>
    <message>
        <source>No or invalid identifiers</source>
        <translation>Keine oder ungültige Bezeichner (identifiers)</translation>
    </message>
    <message>
        <source>the context value %1 refers to itself</source>
        <translation>der Kontextwert %1 verweist auf sich selbst</translation>
    </message>
    <message>
        <source>failed to find entry with `id` of `%1` and a model instance</source>
        <translation>kein Eintrag mit der `id` `%1` und einem Objekt gefunden</translation>
    </message>
    <message>
        <source>no entry has this id</source>
        <translation>kein Eintrag hat diese id</translation>
    </message>
    <message>
        <source>that entry comes later; authentik resolves entries in order</source>
        <translation>dieser Eintrag folgt erst später; authentik löst Einträge der Reihe nach auf</translation>
    </message>
    <message>
        <source>that entry has no object yet</source>
        <translation>dieser Eintrag hat noch kein Objekt</translation>
    </message>
    <message>
        <source>the server&apos;s environment variable %1 decides this value; shown is the default</source>
        <translation>die Umgebungsvariable %1 des Servers bestimmt diesen Wert; angezeigt wird der Standardwert</translation>
    </message>
    <message>
        <source>the file %1 on the server cannot be read here; shown is the default</source>
        <translation>die Datei %1 auf dem Server kann hier nicht gelesen werden; angezeigt wird der Standardwert</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>At least one value is required after mode selection.</source>
        <translation>Nach dem Modus wird mindestens ein Wert benötigt.</translation>
    </message>
    <message>
        <source>unknown mode %1; use AND, NAND, OR, NOR, XOR or XNOR</source>
        <translation>unbekannter Modus %1; möglich sind AND, NAND, OR, NOR, XOR oder XNOR</translation>
    </message>
    <message>
        <source>only usable inside an !Enumerate tag</source>
        <translation>nur innerhalb eines !Enumerate-Tags verwendbar</translation>
    </message>
    <message>
        <source>invalid depth: %1. Max depth: %2</source>
        <translation>ungültige Tiefe: %1. Größte Tiefe: %2</translation>
    </message>
    <message>
        <source>Empty/invalid context: the !Enumerate at depth %1 is not walking its items yet</source>
        <translation>Leerer oder ungültiger Kontext: das !Enumerate in Tiefe %1 durchläuft seine Elemente noch nicht</translation>
    </message>
    <message>
        <source>Invalid index for list: %1</source>
        <translation>Ungültiger Index für die Liste: %1</translation>
    </message>
    <message>
        <source>Index out of range: %1</source>
        <translation>Index außerhalb des Bereichs: %1</translation>
    </message>
    <message>
        <source>Key does not exist: %1</source>
        <translation>Schlüssel existiert nicht: %1</translation>
    </message>
    <message>
        <source>cannot index %1</source>
        <translation>%1 kann nicht indiziert werden</translation>
    </message>
    <message>
        <source>unknown tag; its value is left out</source>
        <translation>unbekanntes Tag; sein Wert wird weggelassen</translation>
    </message>
    <message>
        <source>each condition is a list of a field and a value</source>
        <translation>jede Bedingung ist eine Liste aus Feld und Wert</translation>
    </message>
    <message>
        <source>looked up on the server: %1 where %2</source>
        <translation>wird auf dem Server gesucht: %1 mit %2</translation>
    </message>
    <message>
        <source>no %1 where %2 on the server</source>
        <translation>kein %1 mit %2 auf dem Server</translation>
    </message>
    <message>
        <source>expects [iterable, SEQ or MAP, item]</source>
        <translation>erwartet [Iterierbares, SEQ oder MAP, Element]</translation>
    </message>
    <message>
        <source>the iterable references this tag&apos;s own context. This is a noop. Check you are setting depth bigger than 0.</source>
        <translation>das Iterierbare verweist auf den eigenen Kontext dieses Tags und bewirkt nichts. Setzen Sie eine Tiefe größer als 0.</translation>
    </message>
    <message>
        <source>the iterable must be a sequence or a mapping</source>
        <translation>das Iterierbare muss eine Liste oder eine Zuordnung sein</translation>
    </message>
    <message>
        <source>the output must be SEQ or MAP, not %1</source>
        <translation>die Ausgabe muss SEQ oder MAP sein, nicht %1</translation>
    </message>
    <message>
        <source>Invalid Enumerate item found: %1</source>
        <translation>Ungültiges Enumerate-Element: %1</translation>
    </message>
</context>
<context>
    <name>akdesk::blueprints::Reader</name>
    <message>
        <source>expects a single value, not a list</source>
        <translation>erwartet einen einzelnen Wert, keine Liste</translation>
    </message>
    <message>
        <source>expects a depth (a whole number)</source>
        <translation>erwartet eine Tiefe (eine ganze Zahl)</translation>
    </message>
    <message>
        <source>expects a name, or a list of a name and a default value</source>
        <translation>erwartet einen Namen oder eine Liste aus Name und Standardwert</translation>
    </message>
    <message>
        <source>expects a list of arguments</source>
        <translation>erwartet eine Liste von Argumenten</translation>
    </message>
    <message>
        <source>expects [condition] or [condition, value if true, value if false]</source>
        <translation>erwartet [Bedingung] oder [Bedingung, Wert wenn wahr, Wert wenn falsch]</translation>
    </message>
    <message>
        <source>expects [iterable, SEQ or MAP, item]</source>
        <translation>erwartet [Iterierbares, SEQ oder MAP, Element]</translation>
    </message>
    <message>
        <source>expects [object, index] or [object, index, default]</source>
        <translation>erwartet [Objekt, Index] oder [Objekt, Index, Standardwert]</translation>
    </message>
    <message>
        <source>expects at least one argument</source>
        <translation>erwartet mindestens ein Argument</translation>
    </message>
    <message>
        <source>each condition is a list of a field and a value</source>
        <translation>jede Bedingung ist eine Liste aus Feld und Wert</translation>
    </message>
    <message>
        <source>a mapping key must be plain text</source>
        <translation>ein Schlüssel muss einfacher Text sein</translation>
    </message>
    <message>
        <source>authentik has no tag for mappings</source>
        <translation>authentik hat kein Tag für Zuordnungen</translation>
    </message>
    <message>
        <source>unknown tag; authentik knows %1</source>
        <translation>unbekanntes Tag; authentik kennt %1</translation>
    </message>
    <message>
        <source>an entry is a mapping with at least `model`</source>
        <translation>ein Eintrag ist eine Zuordnung mit mindestens `model`</translation>
    </message>
    <message>
        <source>`id` must be text</source>
        <translation>`id` muss Text sein</translation>
    </message>
    <message>
        <source>the entry has no `model`</source>
        <translation>der Eintrag hat kein `model`</translation>
    </message>
    <message>
        <source>`state` must be present, created, must_created or absent, not &quot;%1&quot;</source>
        <translation>`state` muss present, created, must_created oder absent sein, nicht „%1“</translation>
    </message>
    <message>
        <source>`state` must be present, created, must_created or absent</source>
        <translation>`state` muss present, created, must_created oder absent sein</translation>
    </message>
    <message>
        <source>`conditions` must be a list</source>
        <translation>`conditions` muss eine Liste sein</translation>
    </message>
    <message>
        <source>`identifiers` must be a mapping</source>
        <translation>`identifiers` muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>`attrs` must be a mapping</source>
        <translation>`attrs` muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>`permissions` must be a list</source>
        <translation>`permissions` muss eine Liste sein</translation>
    </message>
    <message>
        <source>entries made by a tag are not supported; write them out as a list</source>
        <translation>von einem Tag erzeugte Einträge werden nicht unterstützt; schreiben Sie sie als Liste aus</translation>
    </message>
    <message>
        <source>`entries` must be a list, or a mapping of lists</source>
        <translation>`entries` muss eine Liste oder eine Zuordnung von Listen sein</translation>
    </message>
    <message>
        <source>a blueprint is a mapping with `version` and `entries`</source>
        <translation>ein Blueprint ist eine Zuordnung mit `version` und `entries`</translation>
    </message>
    <message>
        <source>`version` must be a number</source>
        <translation>`version` muss eine Zahl sein</translation>
    </message>
    <message>
        <source>invalid blueprint version %1; authentik reads version 1</source>
        <translation>ungültige Blueprint-Version %1; authentik liest Version 1</translation>
    </message>
    <message>
        <source>`metadata` needs a `name`</source>
        <translation>`metadata` braucht einen `name`</translation>
    </message>
    <message>
        <source>the label %1 must be text (quote it)</source>
        <translation>das Label %1 muss Text sein (in Anführungszeichen setzen)</translation>
    </message>
    <message>
        <source>`context` must be a mapping</source>
        <translation>`context` muss eine Zuordnung sein</translation>
    </message>
</context>
<context>
    <name>akdesk::paging</name>
    <message>
        <source>page %1 names page %2 as the next one</source>
        <translation>Seite %1 nennt Seite %2 als nächste</translation>
    </message>
    <message>
        <source>page %1 names page %2 as the next one, but the list has only %3 pages</source>
        <translation>Seite %1 nennt Seite %2 als nächste, aber die Liste hat nur %3 Seiten</translation>
    </message>
    <message>
        <source>page %1 is empty but names page %2 as the next one</source>
        <translation>Seite %1 ist leer, nennt aber Seite %2 als nächste</translation>
    </message>
    <message>
        <source>the server&apos;s paging of %1 is inconsistent: %2; akdesk stopped reading further pages</source>
        <translation>die Seitenaufteilung des Servers für %1 ist widersprüchlich: %2; akdesk liest keine weiteren Seiten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administer the flows and stages of an authentik server.</source>
        <translation>Die Abläufe und Phasen eines authentik-Servers verwalten.</translation>
    </message>
    <message>
        <source>Open on the embedded sandbox server.</source>
        <translation>Auf dem eingebetteten Sandbox-Server öffnen.</translation>
    </message>
    <message>
        <source>With --sandbox: add &lt;n&gt; generated stages.</source>
        <translation>Mit --sandbox: &lt;n&gt; erzeugte Phasen hinzufügen.</translation>
    </message>
    <message>
        <source>authentik server URL (token from AKDESK_TOKEN, else the keychain).</source>
        <translation>URL des authentik-Servers (Token aus AKDESK_TOKEN, sonst aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>Work offline: show what was fetched last and keep every change as a draft.</source>
        <translation>Offline arbeiten: zeigen, was zuletzt abgerufen wurde, und jede Änderung als Entwurf speichern.</translation>
    </message>
    <message>
        <source>Connection profile to open (its server, token, drafts and cache).</source>
        <translation>Verbindungsprofil, das geöffnet wird (sein Server, Token, Entwürfe und Cache).</translation>
    </message>
    <message>
        <source>With --sandbox: a server without an enterprise licence.</source>
        <translation>Mit --sandbox: ein Server ohne Enterprise-Lizenz.</translation>
    </message>
    <message>
        <source>Try “akdesk --help”.</source>
        <translation>Siehe „akdesk --help“.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--seed-stages takes a count</source>
        <translation>--seed-stages erwartet eine Anzahl</translation>
    </message>
    <message>
        <source>not a server URL: %1</source>
        <translation>keine Server-URL: %1</translation>
    </message>
    <message>
        <source>With --sandbox: delay every answer by &lt;ms&gt;, plus &lt;per-row-ms&gt; per row it returns. A real authentik: 60,0.3.</source>
        <translation>Mit --sandbox: jede Antwort um &lt;ms&gt; verzögern, dazu &lt;per-row-ms&gt; je zurückgegebener Zeile. Ein echtes authentik: 60,0.3.</translation>
    </message>
    <message>
        <source>With --sandbox: serve at most &lt;n&gt; requests at once. A real authentik: 4.</source>
        <translation>Mit --sandbox: höchstens &lt;n&gt; Anfragen gleichzeitig bedienen. Ein echtes authentik: 4.</translation>
    </message>
    <message>
        <source>--latency takes milliseconds, optionally followed by ,milliseconds per row (60,0.3)</source>
        <translation>--latency erwartet Millisekunden, wahlweise gefolgt von ,Millisekunden je Zeile (60,0.3)</translation>
    </message>
    <message>
        <source>--workers takes a count of at least 1</source>
        <translation>--workers erwartet eine Anzahl von mindestens 1</translation>
    </message>
</context>
</TS>
