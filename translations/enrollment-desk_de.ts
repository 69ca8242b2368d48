<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Enrollment Desk</source>
        <translation>Über Enrollment Desk</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Anwendungssymbol</translation>
    </message>
    <message>
        <source>&amp;Versions (include them in bug reports):</source>
        <translation>&amp;Versionen (bitte in Fehlerberichten angeben):</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the version list to the clipboard</source>
        <translation>Die Versionsliste in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>CloudInfo</name>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>US Government L4 (GCC High)</source>
        <translation>US-Regierung L4 (GCC High)</translation>
    </message>
    <message>
        <source>US Government L5 (DoD)</source>
        <translation>US-Regierung L5 (DoD)</translation>
    </message>
    <message>
        <source>China (21Vianet)</source>
        <translation>China (21Vianet)</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>No tenant</source>
        <translation>Kein Mandant</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Token held, expires %1</source>
        <translation>Token vorhanden, läuft ab am %1</translation>
    </message>
    <message>
        <source>Token held, expiry unknown</source>
        <translation>Token vorhanden, Ablauf unbekannt</translation>
    </message>
    <message>
        <source>Token expired %1</source>
        <translation>Token abgelaufen am %1</translation>
    </message>
    <message>
        <source>Interactive sign-in is not available in this build yet. Start Enrollment Desk with --access-token-file FILE to use a token you already have.</source>
        <translation>Die interaktive Anmeldung ist in dieser Version noch nicht verfügbar. Starten Sie Enrollment Desk mit --access-token-file DATEI, um ein vorhandenes Token zu verwenden.</translation>
    </message>
    <message>
        <source>The access token has expired. Acquire a new one and start Enrollment Desk again with --access-token-file FILE.</source>
        <translation>Das Zugriffstoken ist abgelaufen. Beschaffen Sie ein neues und starten Sie Enrollment Desk erneut mit --access-token-file DATEI.</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <comment>tenant name of the built-in demo tenant</comment>
        <translation>%1 (Demo)</translation>
    </message>
    <message>
        <source>Connected, token expires %1</source>
        <translation>Verbunden, Token läuft ab am %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Microsoft Graph not reachable</source>
        <translation>Microsoft Graph nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>Microsoft Graph is throttling requests; retry in a moment.</source>
        <translation>Microsoft Graph drosselt Anforderungen; versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is throttling requests; retry after %n second(s).</source>
        <translation>
            <numerusform>Microsoft Graph drosselt Anforderungen; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Microsoft Graph drosselt Anforderungen; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is throttling requests; retry after %n minute(s).</source>
        <translation>
            <numerusform>Microsoft Graph drosselt Anforderungen; versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Microsoft Graph drosselt Anforderungen; versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Graph is temporarily unavailable; retry in a moment.</source>
        <translation>Microsoft Graph ist vorübergehend nicht verfügbar; versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is temporarily unavailable; retry after %n second(s).</source>
        <translation>
            <numerusform>Microsoft Graph ist vorübergehend nicht verfügbar; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Microsoft Graph ist vorübergehend nicht verfügbar; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is temporarily unavailable; retry after %n minute(s).</source>
        <translation>
            <numerusform>Microsoft Graph ist vorübergehend nicht verfügbar; versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Microsoft Graph ist vorübergehend nicht verfügbar; versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the request as invalid (%1).</source>
        <extracomment>%1 is the HTTP status and Graph error code, e.g. &quot;400 BadRequest&quot;</extracomment>
        <translation>Microsoft Graph hat die Anforderung als ungültig abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the request as invalid (%1): %2.</source>
        <extracomment>%1 is the HTTP status and Graph error code, %2 the message Microsoft Graph sent (in English)</extracomment>
        <translation>Microsoft Graph hat die Anforderung als ungültig abgelehnt (%1): %2.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request because the sign-in is not valid (%1).</source>
        <translation>Microsoft Graph hat die Anforderung abgelehnt, weil die Anmeldung nicht gültig ist (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request because the sign-in is not valid (%1): %2.</source>
        <translation>Microsoft Graph hat die Anforderung abgelehnt, weil die Anmeldung nicht gültig ist (%1): %2.</translation>
    </message>
    <message>
        <source>Microsoft Graph denied access to this operation (%1).</source>
        <translation>Microsoft Graph hat den Zugriff auf diesen Vorgang verweigert (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph denied access to this operation (%1): %2.</source>
        <translation>Microsoft Graph hat den Zugriff auf diesen Vorgang verweigert (%1): %2.</translation>
    </message>
    <message>
        <source>The requested item was not found (%1).</source>
        <translation>Das angeforderte Element wurde nicht gefunden (%1).</translation>
    </message>
    <message>
        <source>The requested item was not found (%1): %2.</source>
        <translation>Das angeforderte Element wurde nicht gefunden (%1): %2.</translation>
    </message>
    <message>
        <source>The change conflicts with the current state of the item (%1).</source>
        <translation>Die Änderung steht im Konflikt mit dem aktuellen Zustand des Elements (%1).</translation>
    </message>
    <message>
        <source>The change conflicts with the current state of the item (%1): %2.</source>
        <translation>Die Änderung steht im Konflikt mit dem aktuellen Zustand des Elements (%1): %2.</translation>
    </message>
    <message>
        <source>The item was changed elsewhere since it was loaded; reload it and try again (%1).</source>
        <translation>Das Element wurde seit dem Laden an anderer Stelle geändert; laden Sie es neu, und versuchen Sie es erneut (%1).</translation>
    </message>
    <message>
        <source>The item was changed elsewhere since it was loaded (%1): %2.</source>
        <translation>Das Element wurde seit dem Laden an anderer Stelle geändert (%1): %2.</translation>
    </message>
    <message>
        <source>Microsoft Graph had an internal error (%1).</source>
        <translation>In Microsoft Graph ist ein interner Fehler aufgetreten (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph had an internal error (%1): %2.</source>
        <translation>In Microsoft Graph ist ein interner Fehler aufgetreten (%1): %2.</translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s gateway got no valid answer from the service (%1).</source>
        <translation>Das Gateway von Microsoft Graph hat keine gültige Antwort vom Dienst erhalten (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s gateway got no valid answer from the service (%1): %2.</source>
        <translation>Das Gateway von Microsoft Graph hat keine gültige Antwort vom Dienst erhalten (%1): %2.</translation>
    </message>
    <message>
        <source>Microsoft Graph is temporarily unavailable (%1).</source>
        <translation>Microsoft Graph ist vorübergehend nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph is temporarily unavailable (%1): %2.</source>
        <translation>Microsoft Graph ist vorübergehend nicht verfügbar (%1): %2.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time (%1).</source>
        <translation>Microsoft Graph hat nicht rechtzeitig geantwortet (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time (%1): %2.</source>
        <translation>Microsoft Graph hat nicht rechtzeitig geantwortet (%1): %2.</translation>
    </message>
    <message>
        <source>The tenant&apos;s storage quota in Microsoft Graph is used up (%1).</source>
        <translation>Das Speicherkontingent des Mandanten in Microsoft Graph ist ausgeschöpft (%1).</translation>
    </message>
    <message>
        <source>The tenant&apos;s storage quota in Microsoft Graph is used up (%1): %2.</source>
        <translation>Das Speicherkontingent des Mandanten in Microsoft Graph ist ausgeschöpft (%1): %2.</translation>
    </message>
    <message>
        <source>Microsoft Graph could not complete the request (%1).</source>
        <translation>Microsoft Graph konnte die Anforderung nicht abschließen (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph could not complete the request (%1): %2.</source>
        <translation>Microsoft Graph konnte die Anforderung nicht abschließen (%1): %2.</translation>
    </message>
    <message>
        <source>Microsoft sign-in refused the request (%1).</source>
        <translation>Die Microsoft-Anmeldung hat die Anforderung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Microsoft sign-in refused the request (%1): %2.</source>
        <translation>Die Microsoft-Anmeldung hat die Anforderung abgelehnt (%1): %2.</translation>
    </message>
    <message>
        <source>The server answered with an HTML page instead of Graph JSON (%1).</source>
        <translation>Der Server hat mit einer HTML-Seite statt mit Graph-JSON geantwortet (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not Graph JSON (%1).</source>
        <translation>Die Antwort des Servers war kein Graph-JSON (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request because the token has expired (%1).</source>
        <translation>Microsoft Graph hat die Anforderung abgelehnt, weil das Token abgelaufen ist (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph denied access (%1); the account needs one of these permissions: %2.</source>
        <extracomment>%1 is the HTTP status and error code, %2 a list of Graph permission names</extracomment>
        <translation>Microsoft Graph hat den Zugriff verweigert (%1); das Konto benötigt eine dieser Berechtigungen: %2.</translation>
    </message>
    <message>
        <source>network error %1</source>
        <extracomment>The reason in &quot;Could not connect to Microsoft Graph: %1.&quot; when Qt gave none; %1 is a number</extracomment>
        <translation>Netzwerkfehler %1</translation>
    </message>
    <message>
        <source>Could not connect to Microsoft Graph: %1.</source>
        <translation>Es konnte keine Verbindung mit Microsoft Graph hergestellt werden: %1.</translation>
    </message>
    <message>
        <source>Microsoft Graph closed the connection unexpectedly: %1.</source>
        <translation>Microsoft Graph hat die Verbindung unerwartet geschlossen: %1.</translation>
    </message>
    <message>
        <source>The connection to Microsoft Graph timed out: %1.</source>
        <translation>Zeitüberschreitung bei der Verbindung mit Microsoft Graph: %1.</translation>
    </message>
    <message>
        <source>The connection to Microsoft Graph was aborted: %1.</source>
        <translation>Die Verbindung mit Microsoft Graph wurde abgebrochen: %1.</translation>
    </message>
    <message>
        <source>The secure connection to Microsoft Graph failed: %1.</source>
        <translation>Die sichere Verbindung mit Microsoft Graph ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The network is not available: %1.</source>
        <translation>Das Netzwerk ist nicht verfügbar: %1.</translation>
    </message>
    <message>
        <source>Microsoft Graph could not be reached because of a redirect: %1.</source>
        <translation>Microsoft Graph konnte wegen einer Umleitung nicht erreicht werden: %1.</translation>
    </message>
    <message>
        <source>The proxy server failed: %1.</source>
        <translation>Fehler beim Proxyserver: %1.</translation>
    </message>
    <message>
        <source>The request to Microsoft Graph failed: %1.</source>
        <translation>Die Anforderung an Microsoft Graph ist fehlgeschlagen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from Microsoft Graph within %n second(s).</source>
        <translation>
            <numerusform>Keine Antwort von Microsoft Graph innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Antwort von Microsoft Graph innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer from Microsoft Graph in time.</source>
        <translation>Keine rechtzeitige Antwort von Microsoft Graph.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anforderung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent a response that could not be read.</source>
        <translation>Microsoft Graph hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent a response that could not be read (%1).</source>
        <extracomment>%1 is the HTTP status, e.g. 200</extracomment>
        <translation>Microsoft Graph hat eine Antwort gesendet, die nicht gelesen werden konnte (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with a redirect (%1), which is not followed.</source>
        <translation>Microsoft Graph hat mit einer Umleitung geantwortet (%1), der nicht gefolgt wird.</translation>
    </message>
    <message>
        <source>The request was not sent because its address is not on the Microsoft Graph host.</source>
        <translation>Die Anforderung wurde nicht gesendet, weil ihre Adresse nicht auf dem Host von Microsoft Graph liegt.</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <extracomment>Labels of the lines in the copied error details</extracomment>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Inner error code</source>
        <translation>Innerer Fehlercode</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Operation ID</source>
        <translation>Vorgangs-ID</translation>
    </message>
    <message>
        <source>Activity ID</source>
        <translation>Aktivitäts-ID</translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation>Wiederholen nach</translation>
    </message>
    <message>
        <source>AADSTS codes</source>
        <translation>AADSTS-Codes</translation>
    </message>
    <message>
        <source>Required permissions</source>
        <translation>Erforderliche Berechtigungen</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Enrollment Desk</source>
        <translation>Enrollment Desk</translation>
    </message>
    <message>
        <source>Connection notice</source>
        <translation>Verbindungshinweis</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Choose the list to work with</source>
        <translation>Wählen Sie die Liste, mit der Sie arbeiten möchten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reload the current view from Microsoft Graph (F5)</source>
        <translation>Die aktuelle Ansicht neu aus Microsoft Graph laden (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the current view (Ctrl+F)</source>
        <translation>In der aktuellen Ansicht suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About Enrollment Desk</source>
        <translation>Ü&amp;ber Enrollment Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>TokenClaims</name>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user principal name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <comment>app-only token: app name (client id)</comment>
        <translation>App: %1 (%2)</translation>
    </message>
    <message>
        <source>App: %1</source>
        <comment>app-only token: client id</comment>
        <translation>App: %1</translation>
    </message>
    <message>
        <source>Unknown identity</source>
        <translation>Unbekannte Identität</translation>
    </message>
    <message>
        <source>The token is not a JSON Web Token (expected three dot-separated parts).</source>
        <translation>Das Token ist kein JSON Web Token (erwartet werden drei durch Punkte getrennte Teile).</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not valid base64url.</source>
        <translation>Die Nutzdaten des Tokens sind kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object.</source>
        <translation>Die Nutzdaten des Tokens sind kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>ed::AboutDialog</name>
    <message>
        <source>&lt;b&gt;Enrollment Desk&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Enrollment Desk&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Manage Windows Autopilot devices, deployment profiles and enrollment configurations through Microsoft Graph.&lt;br&gt;Free software under the GNU General Public License, version 3 or later. &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Windows-Autopilot-Geräte, Bereitstellungsprofile und Registrierungskonfigurationen über Microsoft Graph verwalten.&lt;br&gt;Freie Software unter der GNU General Public License, Version 3 oder neuer. &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ed::ActivityModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anforderungs-ID</translation>
    </message>
</context>
<context>
    <name>ed::ActivityView</name>
    <message>
        <source>No changes made in this session yet. Every change Enrollment Desk makes in the tenant (unblocking devices, assigning profiles, editing limits and assignments) is listed here with its result and the request ID Microsoft support asks for.</source>
        <translation>In dieser Sitzung wurden noch keine Änderungen vorgenommen. Jede Änderung, die Enrollment Desk im Mandanten vornimmt (Geräte entsperren, Profile zuweisen, Limits und Zuweisungen bearbeiten), wird hier mit ihrem Ergebnis und der Anforderungs-ID aufgeführt, nach der der Microsoft-Support fragt.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Search activity (action, target, result, request ID)</source>
        <translation>Aktivität durchsuchen (Aktion, Ziel, Ergebnis, Anforderungs-ID)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln Änderung</numerusform>
            <numerusform>%Ln Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) (%1 shown)</source>
        <translation>
            <numerusform>%Ln Änderung (%1 angezeigt)</numerusform>
            <numerusform>%Ln Änderungen (%1 angezeigt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::Application</name>
    <message>
        <source>the demo tenant</source>
        <translation>dem Demo-Mandanten</translation>
    </message>
</context>
<context>
    <name>ed::ConnectionStatusBar</name>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Signed-in identity</source>
        <translation>Angemeldete Identität</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph at %1</source>
        <translation>Microsoft Graph unter %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>connection state marker, state text</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ed::MainWindow</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Autopilot devices</source>
        <translation>Autopilot-Geräte</translation>
    </message>
    <message>
        <source>This view will list every Windows Autopilot device in the tenant, with search, filters, details, CSV export and Unblock for one device or a thousand.</source>
        <translation>Diese Ansicht wird alle Windows-Autopilot-Geräte des Mandanten auflisten, mit Suche, Filtern, Details, CSV-Export und Entsperren für ein Gerät oder tausend.</translation>
    </message>
    <message>
        <source>Deployment profiles</source>
        <translation>Bereitstellungsprofile</translation>
    </message>
    <message>
        <source>This view will list the Autopilot deployment profiles with their settings and assigned devices, and assign a profile to devices by pointing and clicking.</source>
        <translation>Diese Ansicht wird die Autopilot-Bereitstellungsprofile mit ihren Einstellungen und zugewiesenen Geräten auflisten und ein Profil per Mausklick Geräten zuweisen.</translation>
    </message>
    <message>
        <source>Enrollment configurations</source>
        <translation>Registrierungskonfigurationen</translation>
    </message>
    <message>
        <source>This view will list the enrollment configurations in priority order, edit the device limit, and change assignment targets without losing the existing ones.</source>
        <translation>Diese Ansicht wird die Registrierungskonfigurationen nach Priorität auflisten, das Gerätelimit bearbeiten und Zuweisungsziele ändern, ohne die bestehenden zu verlieren.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search is not available in this view</source>
        <translation>In dieser Ansicht ist keine Suche verfügbar</translation>
    </message>
    <message>
        <source>Enrollment Desk — %1 (%2)</source>
        <translation>Enrollment Desk — %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ed::StaticTokenSource</name>
    <message>
        <source>Access token from %1</source>
        <translation>Zugriffstoken aus %1</translation>
    </message>
    <message>
        <source>The access token file %1 does not exist.</source>
        <translation>Die Zugriffstoken-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The access token file %1 cannot be read.</source>
        <translation>Die Zugriffstoken-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The access token file %1 is larger than 64 KiB; it does not hold one token.</source>
        <translation>Die Zugriffstoken-Datei %1 ist größer als 64 KiB; sie enthält kein einzelnes Token.</translation>
    </message>
    <message>
        <source>The access token file %1 cannot be read: %2</source>
        <translation>Die Zugriffstoken-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no access token.</source>
        <translation>%1 enthält kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>%1 does not hold exactly one access token: it contains spaces, line breaks or characters a token cannot have.</source>
        <translation>%1 enthält nicht genau ein Zugriffstoken: Die Datei enthält Leerzeichen, Zeilenumbrüche oder Zeichen, die in einem Token nicht vorkommen.</translation>
    </message>
</context>
<context>
    <name>ed::UnavailableView</name>
    <message>
        <source>%1 is not available in this build yet</source>
        <translation>%1 ist in dieser Version noch nicht verfügbar</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Noch nicht verfügbar</translation>
    </message>
</context>
</TS>
