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
    <name>ed::ActivityJournal</name>
    <message>
        <source>The activity log “%1” could not be read: %2. Changes made now are still recorded.</source>
        <translation>Das Aktivitätsprotokoll „%1“ konnte nicht gelesen werden: %2. Neue Änderungen werden trotzdem aufgezeichnet.</translation>
    </message>
    <message>
        <source>The activity log could not be saved: the folder “%1” could not be created. New entries are listed here but will be missing after Enrollment Desk restarts.</source>
        <translation>Das Aktivitätsprotokoll konnte nicht gespeichert werden: Der Ordner „%1“ konnte nicht erstellt werden. Neue Einträge werden hier aufgeführt, fehlen aber nach einem Neustart von Enrollment Desk.</translation>
    </message>
    <message>
        <source>The activity log could not be saved to “%1”: %2. New entries are listed here but will be missing after Enrollment Desk restarts.</source>
        <translation>Das Aktivitätsprotokoll konnte nicht unter „%1“ gespeichert werden: %2. Neue Einträge werden hier aufgeführt, fehlen aber nach einem Neustart von Enrollment Desk.</translation>
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
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>No answer (app closed)</source>
        <translation>Keine Antwort (App geschlossen)</translation>
    </message>
    <message>
        <source>The change was cancelled before it was sent; nothing changed in the tenant.</source>
        <translation>Die Änderung wurde vor dem Senden abgebrochen; im Mandanten wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Enrollment Desk closed before Microsoft Graph answered. Check the target in Intune to see whether the change was made.</source>
        <translation>Enrollment Desk wurde geschlossen, bevor Microsoft Graph geantwortet hat. Prüfen Sie das Ziel in Intune, um festzustellen, ob die Änderung vorgenommen wurde.</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Client request ID</source>
        <translation>Client-Anforderungs-ID</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Target ID</source>
        <translation>Ziel-ID</translation>
    </message>
</context>
<context>
    <name>ed::ActivityView</name>
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
    <message>
        <source>Activity log problem</source>
        <translation>Problem mit dem Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Noch keine Aktivität</translation>
    </message>
    <message>
        <source>No changes recorded yet. Every change Enrollment Desk makes in the tenant (unblocking devices, assigning profiles, editing limits and assignments) is listed here with its result and the request ID Microsoft support asks for, and kept from one session to the next.</source>
        <translation>Noch keine Änderungen aufgezeichnet. Jede Änderung, die Enrollment Desk im Mandanten vornimmt (Geräte entsperren, Profile zuweisen, Limits und Zuweisungen bearbeiten), wird hier mit ihrem Ergebnis und der Anforderungs-ID aufgeführt, nach der der Microsoft-Support fragt, und bleibt über die Sitzung hinaus erhalten.</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <source>Save the shown entries as a CSV file</source>
        <translation>Die angezeigten Einträge als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln change(s) to %1.</source>
        <translation>
            <numerusform>%Ln Änderung nach %1 exportiert.</numerusform>
            <numerusform>%Ln Änderungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>activity-%1.csv</source>
        <translation>Aktivität-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
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
    <name>ed::AutopilotDeviceModel</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Assigned, out of sync</source>
        <translation>Zugewiesen, nicht synchronisiert</translation>
    </message>
    <message>
        <source>Assigned, sync state unknown</source>
        <translation>Zugewiesen, Synchronisierungsstatus unbekannt</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Hardware requirements not met</source>
        <translation>Hardwareanforderungen nicht erfüllt</translation>
    </message>
    <message>
        <source>Surface Hub profile not supported</source>
        <translation>Surface-Hub-Profil nicht unterstützt</translation>
    </message>
    <message>
        <source>HoloLens profile not supported</source>
        <translation>HoloLens-Profil nicht unterstützt</translation>
    </message>
    <message>
        <source>Windows PC profile not supported</source>
        <translation>Windows-PC-Profil nicht unterstützt</translation>
    </message>
    <message>
        <source>Surface Hub 2S profile not supported</source>
        <translation>Surface-Hub-2S-Profil nicht unterstützt</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Pending reset</source>
        <translation>Zurücksetzung ausstehend</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>Nicht kontaktiert</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>No remediation required</source>
        <translation>Keine Korrektur erforderlich</translation>
    </message>
    <message>
        <source>Automatic remediation required</source>
        <translation>Automatische Korrektur erforderlich</translation>
    </message>
    <message>
        <source>Manual remediation required</source>
        <translation>Manuelle Korrektur erforderlich</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Gruppentag</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>Profilstatus</translation>
    </message>
    <message>
        <source>Assigned profile</source>
        <translation>Zugewiesenes Profil</translation>
    </message>
    <message>
        <source>Userless enrollment</source>
        <translation>Benutzerlose Registrierung</translation>
    </message>
    <message>
        <source>Enrollment state</source>
        <translation>Registrierungsstatus</translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation>Zugewiesener Benutzer</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Date assigned</source>
        <translation>Zuweisungsdatum</translation>
    </message>
    <message>
        <source>Entra device ID</source>
        <translation>Entra-Geräte-ID</translation>
    </message>
    <message>
        <source>Intune device ID</source>
        <translation>Intune-Geräte-ID</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>ed::AutopilotDevicesView</name>
    <message>
        <source>Device actions</source>
        <translation>Geräteaktionen</translation>
    </message>
    <message>
        <source>Devices loaded</source>
        <translation>Geladene Geräte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading devices</source>
        <translation>Laden der Geräte abbrechen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Load the devices again</source>
        <translation>Die Geräte erneut laden</translation>
    </message>
    <message>
        <source>Autopilot devices</source>
        <translation>Autopilot-Geräte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Allow the selected devices to enroll again without a user (allowNextEnrollment)</source>
        <translation>Den ausgewählten Geräten erlauben, sich erneut ohne Benutzer zu registrieren (allowNextEnrollment)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Paste serials…</source>
        <translation>Seriennummern einfügen…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export selected devices…</source>
        <translation>Ausgewählte Geräte exportieren…</translation>
    </message>
    <message>
        <source>Copy serial numbers</source>
        <translation>Seriennummern kopieren</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Spalten…</translation>
    </message>
    <message>
        <source>Unblock selected devices</source>
        <translation>Ausgewählte Geräte entsperren</translation>
    </message>
    <message>
        <source>Select devices by pasting serial numbers</source>
        <translation>Geräte durch Einfügen von Seriennummern auswählen</translation>
    </message>
    <message>
        <source>Export devices to CSV</source>
        <translation>Geräte als CSV exportieren</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Spalten auswählen</translation>
    </message>
    <message>
        <source>Not signed in. Sign in to a tenant (or start with --demo) to see its Autopilot devices.</source>
        <translation>Nicht angemeldet. Melden Sie sich bei einem Mandanten an (oder starten Sie mit --demo), um seine Autopilot-Geräte zu sehen.</translation>
    </message>
    <message>
        <source>Search serial, model, manufacturer, group tag, user, device name (* and ? wildcards)</source>
        <translation>Seriennummer, Modell, Hersteller, Gruppentag, Benutzer, Gerätename durchsuchen (Platzhalter * und ?)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) (%1 shown, %2 selected)</source>
        <translation>
            <numerusform>%Ln Gerät (%1 angezeigt, %2 ausgewählt)</numerusform>
            <numerusform>%Ln Geräte (%1 angezeigt, %2 ausgewählt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned profiles could not be read: %1</source>
        <translation>Die zugewiesenen Profile konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The devices could not be loaded: %1</source>
        <translation>Die Geräte konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The table shows the %Ln device(s) read before the failure.</source>
        <translation>
            <numerusform>Die Tabelle zeigt %Ln Gerät, das vor dem Fehler gelesen wurde.</numerusform>
            <numerusform>Die Tabelle zeigt die %Ln Geräte, die vor dem Fehler gelesen wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anforderungs-ID: %1</translation>
    </message>
    <message>
        <source>Loading was cancelled: %1 of about %2 devices are shown. Refresh (F5) loads them all.</source>
        <translation>Das Laden wurde abgebrochen: %1 von etwa %2 Geräten werden angezeigt. Aktualisieren (F5) lädt alle.</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>%1: %2 of ~%3 devices loaded</source>
        <translation>%1: %2 von ~%3 Geräten geladen</translation>
    </message>
    <message>
        <source>%1: %2 devices loaded</source>
        <translation>%1: %2 Geräte geladen</translation>
    </message>
    <message numerus="yes">
        <source>Selected %Ln device(s) for %1 of %2 serial numbers.</source>
        <translation>
            <numerusform>%Ln Gerät für %1 von %2 Seriennummern ausgewählt.</numerusform>
            <numerusform>%Ln Geräte für %1 von %2 Seriennummern ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found (%1): %2</source>
        <translation>Nicht gefunden (%1): %2</translation>
    </message>
    <message>
        <source>Search and quick filters were cleared to show them.</source>
        <translation>Suche und Schnellfilter wurden zurückgesetzt, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>Export devices</source>
        <translation>Geräte exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln device(s) to %1.</source>
        <translation>
            <numerusform>%Ln Gerät nach %1 exportiert.</numerusform>
            <numerusform>%Ln Geräte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>Copy device IDs</source>
        <translation>Geräte-IDs kopieren</translation>
    </message>
</context>
<context>
    <name>ed::AutopilotSyncTracker</name>
    <message>
        <source>Sync with Intune</source>
        <translation>Mit Intune synchronisieren</translation>
    </message>
    <message>
        <source>A sync was already running.</source>
        <translation>Es lief bereits eine Synchronisierung.</translation>
    </message>
    <message>
        <source>Intune allows one sync every 10 minutes; next possible at %1.</source>
        <translation>Intune erlaubt eine Synchronisierung alle 10 Minuten; die nächste ist ab %1 möglich.</translation>
    </message>
</context>
<context>
    <name>ed::AutopilotSyncWidget</name>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Synchronisierungsfehler</translation>
    </message>
    <message>
        <source>Sync with Intune</source>
        <translation>Mit Intune synchronisieren</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Synchronisierung läuft</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Letzte Synchronisierung: nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1 (%2)</source>
        <extracomment>%1 is how long ago (&quot;5 minutes ago&quot;), %2 the local time or date and time</extracomment>
        <translation>Letzte Synchronisierung: %1 (%2)</translation>
    </message>
    <message>
        <source>Asks Intune to import the devices newly registered with Windows Autopilot (by your OEM, reseller or a hardware hash upload) now, instead of at its next automatic sync. Intune allows one sync every 10 minutes.</source>
        <translation>Fordert Intune auf, die neu bei Windows Autopilot registrierten Geräte (durch Ihren OEM, Ihren Händler oder einen Hardwarehash-Upload) sofort zu importieren statt erst bei der nächsten automatischen Synchronisierung. Intune erlaubt eine Synchronisierung alle 10 Minuten.</translation>
    </message>
    <message>
        <source>Not connected to Intune.</source>
        <translation>Nicht mit Intune verbunden.</translation>
    </message>
    <message>
        <source>Starting sync…</source>
        <translation>Synchronisierung wird gestartet…</translation>
    </message>
    <message>
        <source>Sync running…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>Intune is importing devices from Windows Autopilot. The list is reloaded when it finishes.</source>
        <translation>Intune importiert Geräte aus Windows Autopilot. Die Liste wird neu geladen, sobald der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Next sync possible in %1</source>
        <extracomment>%1 is a countdown, minutes:seconds (&quot;7:42&quot;)</extracomment>
        <translation>Nächste Synchronisierung möglich in %1</translation>
    </message>
    <message>
        <source>Intune allows one sync every 10 minutes; next possible at %1.</source>
        <translation>Intune erlaubt eine Synchronisierung alle 10 Minuten; die nächste ist ab %1 möglich.</translation>
    </message>
    <message>
        <source>Reading sync status…</source>
        <translation>Synchronisierungsstatus wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the sync status. %1</source>
        <extracomment>%1 is the reason, one sentence</extracomment>
        <translation>Der Synchronisierungsstatus konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>The sync could not be started. %1</source>
        <extracomment>%1 is the reason, one sentence</extracomment>
        <translation>Die Synchronisierung konnte nicht gestartet werden. %1</translation>
    </message>
    <message>
        <source>Intune reports that the last sync failed.</source>
        <translation>Intune meldet, dass die letzte Synchronisierung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Intune could not import the devices from Windows Autopilot. Try again; if it keeps failing, look at the Windows Autopilot devices page of the Intune admin center.</source>
        <translation>Intune konnte die Geräte nicht aus Windows Autopilot importieren. Versuchen Sie es erneut; wenn der Fehler weiterhin auftritt, prüfen Sie die Seite „Windows Autopilot-Geräte“ im Intune Admin Center.</translation>
    </message>
    <message>
        <source>A sync is running; wait for it to finish.</source>
        <translation>Eine Synchronisierung läuft; warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>ed::BulkUnblockDialog</name>
    <message>
        <source>Show failed only</source>
        <translation>Nur fehlgeschlagene anzeigen</translation>
    </message>
    <message>
        <source>Unblock devices</source>
        <translation>Geräte entsperren</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Devices done</source>
        <translation>Verarbeitete Geräte</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anforderungs-ID</translation>
    </message>
    <message>
        <source>Result per device</source>
        <translation>Ergebnis pro Gerät</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation>Ergebnisse kopieren</translation>
    </message>
    <message>
        <source>Copy the rows shown, tab-separated, for a spreadsheet or a ticket</source>
        <translation>Die angezeigten Zeilen tabulatorgetrennt kopieren, für eine Tabellenkalkulation oder ein Ticket</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop sending; devices already sent keep their result</source>
        <translation>Senden beenden; bereits gesendete Geräte behalten ihr Ergebnis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
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
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Not connected to Microsoft Graph: sign in again, then retry.</source>
        <translation>Keine Verbindung mit Microsoft Graph: Melden Sie sich erneut an, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Progress of an unblock: &quot;120 of 1,000&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %Ln device(s)…</source>
        <translation>
            <numerusform>Erneuter Versuch für %Ln Gerät…</numerusform>
            <numerusform>Erneuter Versuch für %Ln Geräte…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblocking %Ln device(s)…</source>
        <translation>
            <numerusform>%Ln Gerät wird entsperrt…</numerusform>
            <numerusform>%Ln Geräte werden entsperrt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Almost done.</source>
        <translation>Fast fertig.</translation>
    </message>
    <message>
        <source>About %1 remaining.</source>
        <translation>Noch etwa %1.</translation>
    </message>
    <message numerus="yes">
        <source>Throttled by Microsoft Graph — resuming in %n s.</source>
        <translation>
            <numerusform>Von Microsoft Graph gedrosselt — Fortsetzung in %n s.</numerusform>
            <numerusform>Von Microsoft Graph gedrosselt — Fortsetzung in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the answer to %Ln request(s) already sent.</source>
        <translation>
            <numerusform>Warten auf die Antwort auf %Ln bereits gesendete Anforderung.</numerusform>
            <numerusform>Warten auf die Antworten auf %Ln bereits gesendete Anforderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the unblocked devices&apos; status from Intune…</source>
        <translation>Status der entsperrten Geräte wird aus Intune gelesen…</translation>
    </message>
    <message>
        <source>Unblock finished</source>
        <translation>Entsperren abgeschlossen</translation>
    </message>
    <message>
        <source>Unblock cancelled</source>
        <translation>Entsperren abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled: %1 sent, %2 not sent.</source>
        <translation>Abgebrochen: %1 gesendet, %2 nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the devices sent failed.</source>
        <translation>
            <numerusform>Bei %Ln der gesendeten Geräte ist ein Fehler aufgetreten.</numerusform>
            <numerusform>Bei %Ln der gesendeten Geräte sind Fehler aufgetreten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was unblocked: it can enroll once more.</source>
        <translation>%1 wurde entsperrt und kann sich noch einmal registrieren.</translation>
    </message>
    <message>
        <source>%1 was not unblocked. %2</source>
        <translation>%1 wurde nicht entsperrt. %2</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anforderungs-ID: %1</translation>
    </message>
    <message>
        <source>%1 was not unblocked: the request was not sent.</source>
        <translation>%1 wurde nicht entsperrt: Die Anforderung wurde nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln device(s) were unblocked.</source>
        <translation>
            <numerusform>%Ln Gerät wurde entsperrt.</numerusform>
            <numerusform>Alle %Ln Geräte wurden entsperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unblocked, %2 failed.</source>
        <translation>%1 entsperrt, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 unblocked, %2 failed, %3 not sent.</source>
        <translation>%1 entsperrt, %2 fehlgeschlagen, %3 nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unblocked device(s) could not be read again; refresh the device list to see their current status.</source>
        <translation>
            <numerusform>%Ln entsperrtes Gerät konnte nicht erneut gelesen werden; aktualisieren Sie die Geräteliste, um seinen aktuellen Status zu sehen.</numerusform>
            <numerusform>%Ln entsperrte Geräte konnten nicht erneut gelesen werden; aktualisieren Sie die Geräteliste, um ihren aktuellen Status zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Device ID: %1</source>
        <translation>Geräte-ID: %1</translation>
    </message>
    <message>
        <source>Client request ID: %1</source>
        <translation>Client-Anforderungs-ID: %1</translation>
    </message>
    <message>
        <source>Retry failed and not sent</source>
        <translation>Fehlgeschlagene und nicht gesendete wiederholen</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Client request ID</source>
        <translation>Client-Anforderungs-ID</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) to the clipboard.</source>
        <translation>
            <numerusform>%Ln Zeile in die Zwischenablage kopiert.</numerusform>
            <numerusform>%Ln Zeilen in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile in %1 gespeichert.</numerusform>
            <numerusform>%Ln Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::BulkUnblockJob</name>
    <message>
        <source>Not unblocked: cancelled before Microsoft Graph accepted the request.</source>
        <translation>Nicht entsperrt: abgebrochen, bevor Microsoft Graph die Anforderung angenommen hat.</translation>
    </message>
    <message>
        <source>No answer: the connection to Microsoft Graph was closed first. The device may or may not be unblocked.</source>
        <translation>Keine Antwort: Die Verbindung mit Microsoft Graph wurde vorher geschlossen. Ob das Gerät entsperrt wurde, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Entsperren</translation>
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
    <name>ed::CsvWriter</name>
    <message>
        <source>Could not save “%1”: %2.</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Could not save the file: no file name was given.</source>
        <translation>Die Datei konnte nicht gespeichert werden: Es wurde kein Dateiname angegeben.</translation>
    </message>
</context>
<context>
    <name>ed::DeviceDetailsPane</name>
    <message>
        <source>Device details</source>
        <translation>Gerätedetails</translation>
    </message>
    <message>
        <source>Select a device to see all its properties.</source>
        <translation>Wählen Sie ein Gerät aus, um alle seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>System family</source>
        <translation>Systemfamilie</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Gruppentag</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Product key</source>
        <translation>Produktschlüssel</translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation>Zugewiesener Benutzer</translation>
    </message>
    <message>
        <source>User display name</source>
        <translation>Anzeigename des Benutzers</translation>
    </message>
    <message>
        <source>Resource account</source>
        <translation>Ressourcenkonto</translation>
    </message>
    <message>
        <source>Userless enrollment</source>
        <translation>Benutzerlose Registrierung</translation>
    </message>
    <message>
        <source>Enrollment state</source>
        <translation>Registrierungsstatus</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>Profilstatus</translation>
    </message>
    <message>
        <source>Profile status detail</source>
        <translation>Details zum Profilstatus</translation>
    </message>
    <message>
        <source>Assigned profile</source>
        <translation>Zugewiesenes Profil</translation>
    </message>
    <message>
        <source>Current deployment profile</source>
        <translation>Aktuelles Bereitstellungsprofil</translation>
    </message>
    <message>
        <source>Intended deployment profile</source>
        <translation>Vorgesehenes Bereitstellungsprofil</translation>
    </message>
    <message>
        <source>Date assigned</source>
        <translation>Zuweisungsdatum</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Remediation changed</source>
        <translation>Korrektur geändert</translation>
    </message>
    <message>
        <source>Autopilot device ID</source>
        <translation>Autopilot-Geräte-ID</translation>
    </message>
    <message>
        <source>Entra device ID</source>
        <translation>Entra-Geräte-ID</translation>
    </message>
    <message>
        <source>Intune device ID</source>
        <translation>Intune-Geräte-ID</translation>
    </message>
    <message>
        <source>Values not recognised</source>
        <translation>Nicht erkannte Werte</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (Graph sent &quot;%2&quot;)</source>
        <translation>%1 (Graph hat „%2“ gesendet)</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ed::DeviceFacetBar</name>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Quick filters</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>Blocked only</source>
        <translation>Nur gesperrte</translation>
    </message>
    <message>
        <source>Show only devices blocked from userless enrollment</source>
        <translation>Nur Geräte anzeigen, deren benutzerlose Registrierung gesperrt ist</translation>
    </message>
    <message>
        <source>Show only the devices whose userless enrollment is blocked: the ones to unblock</source>
        <translation>Nur die Geräte anzeigen, deren benutzerlose Registrierung gesperrt ist: die zu entsperrenden</translation>
    </message>
    <message>
        <source>Userless enrollment</source>
        <translation>Benutzerlose Registrierung</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>Profilstatus</translation>
    </message>
    <message>
        <source>Enrollment state</source>
        <translation>Registrierungsstatus</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Gruppentag</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear quick filters</source>
        <translation>Schnellfilter zurücksetzen</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Nach %1 filtern</translation>
    </message>
    <message>
        <source>No devices loaded</source>
        <translation>Keine Geräte geladen</translation>
    </message>
    <message>
        <source>(No group tag)</source>
        <translation>(Kein Gruppentag)</translation>
    </message>
    <message>
        <source>(Not set)</source>
        <translation>(Nicht festgelegt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ed::MainWindow</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
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
    <name>ed::PasteSerialsDialog</name>
    <message>
        <source>Select devices by serial number</source>
        <translation>Geräte nach Seriennummer auswählen</translation>
    </message>
    <message>
        <source>Paste serial numbers from a ticket, an e-mail or a spreadsheet column. New lines, commas, semicolons, spaces and tabs all separate them.</source>
        <translation>Fügen Sie Seriennummern aus einem Ticket, einer E-Mail oder einer Tabellenspalte ein. Zeilenumbrüche, Kommas, Semikolons, Leerzeichen und Tabulatoren trennen sie.</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Seriennummern</translation>
    </message>
    <message>
        <source>5CG1234XYZ
PF2ABCDE
…</source>
        <translation>5CG1234XYZ
PF2ABCDE
…</translation>
    </message>
    <message>
        <source>Serial numbers recognised</source>
        <translation>Erkannte Seriennummern</translation>
    </message>
    <message>
        <source>Select devices</source>
        <translation>Geräte auswählen</translation>
    </message>
    <message>
        <source>No serial numbers yet.</source>
        <translation>Noch keine Seriennummern.</translation>
    </message>
    <message numerus="yes">
        <source>%n serial number(s) recognised.</source>
        <translation>
            <numerusform>%n Seriennummer erkannt.</numerusform>
            <numerusform>%n Seriennummern erkannt.</numerusform>
        </translation>
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
<context>
    <name>ed::UnblockConfirmDialog</name>
    <message>
        <source>Unblock %1?</source>
        <translation>%1 entsperren?</translation>
    </message>
    <message numerus="yes">
        <source>Unblock %Ln devices?</source>
        <translation>
            <numerusform>%Ln Gerät entsperren?</numerusform>
            <numerusform>%Ln Geräte entsperren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Unblocking (allow next enrollment) lets a device whose userless enrollment was blocked enroll through Windows Autopilot once more, for example after a reset. Nothing else about the device changes.</source>
        <translation>Durch das Entsperren (nächste Registrierung zulassen) kann sich ein Gerät, dessen benutzerlose Registrierung gesperrt wurde, noch einmal über Windows Autopilot registrieren, zum Beispiel nach einer Zurücksetzung. Sonst ändert sich nichts am Gerät.</translation>
    </message>
    <message>
        <source>The device is not blocked; unblocking it changes nothing.</source>
        <translation>Das Gerät ist nicht gesperrt; das Entsperren ändert nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are not blocked; unblocking them changes nothing.</source>
        <translation>
            <numerusform>%Ln davon ist nicht gesperrt; bei diesem Gerät ändert das Entsperren nichts.</numerusform>
            <numerusform>%Ln davon sind nicht gesperrt; bei diesen Geräten ändert das Entsperren nichts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Graph accepts only so many changes at a time: this takes at least %1. You can cancel at any point; devices already sent stay unblocked.</source>
        <translation>Microsoft Graph nimmt nur eine begrenzte Zahl von Änderungen auf einmal an: Der Vorgang dauert mindestens %1. Sie können jederzeit abbrechen; bereits gesendete Geräte bleiben entsperrt.</translation>
    </message>
    <message>
        <source>What unblocking does</source>
        <translation>Was das Entsperren bewirkt</translation>
    </message>
    <message>
        <source>Devices to unblock</source>
        <translation>Zu entsperrende Geräte</translation>
    </message>
    <message>
        <source>More devices</source>
        <translation>Weitere Geräte</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…und %Ln weiteres.</numerusform>
            <numerusform>…und %Ln weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Entsperren</translation>
    </message>
    <message numerus="yes">
        <source>Unblock %Ln</source>
        <translation>
            <numerusform>%Ln entsperren</numerusform>
            <numerusform>%Ln entsperren</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
</TS>
