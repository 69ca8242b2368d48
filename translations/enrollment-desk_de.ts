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
    <name>AssignmentEditor</name>
    <message>
        <source>A group without an ID cannot be assigned.</source>
        <translation>Eine Gruppe ohne ID kann nicht zugewiesen werden.</translation>
    </message>
    <message>
        <source>“%1” has no group ID and cannot be assigned.</source>
        <translation>„%1“ hat keine Gruppen-ID und kann nicht zugewiesen werden.</translation>
    </message>
    <message>
        <source>“%1” is already included.</source>
        <translation>„%1“ ist bereits eingeschlossen.</translation>
    </message>
    <message>
        <source>“%1” is already excluded; a group cannot be both included and excluded.</source>
        <translation>„%1“ ist bereits ausgeschlossen; eine Gruppe kann nicht gleichzeitig eingeschlossen und ausgeschlossen sein.</translation>
    </message>
    <message>
        <source>“%1” is already excluded.</source>
        <translation>„%1“ ist bereits ausgeschlossen.</translation>
    </message>
    <message>
        <source>“%1” is already included; a group cannot be both included and excluded.</source>
        <translation>„%1“ ist bereits eingeschlossen; eine Gruppe kann nicht gleichzeitig eingeschlossen und ausgeschlossen sein.</translation>
    </message>
    <message>
        <source>“%1” is not a group.</source>
        <translation>„%1“ ist keine Gruppe.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>+ Exclude %1</source>
        <translation>+ Ausschließen: %1</translation>
    </message>
    <message>
        <source>+ Include %1</source>
        <translation>+ Einschließen: %1</translation>
    </message>
    <message>
        <source>− Exclude %1</source>
        <translation>− Ausschließen: %1</translation>
    </message>
    <message>
        <source>− Include %1</source>
        <translation>− Einschließen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n target(s)</source>
        <translation>
            <numerusform>Unverändert: %n Ziel</numerusform>
            <numerusform>Unverändert: %n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a Configuration Manager collection ID, such as P0100023.</source>
        <translation>Geben Sie eine Configuration Manager-Sammlungs-ID ein, z. B. P0100023.</translation>
    </message>
    <message>
        <source>“%1” is not a Configuration Manager collection ID: that is 8 characters, a 3-character site code followed by 5 hexadecimal digits, such as P0100023 or SMS00001.</source>
        <translation>„%1“ ist keine Configuration Manager-Sammlungs-ID: Diese besteht aus 8 Zeichen, einem 3-stelligen Standortcode gefolgt von 5 Hexadezimalziffern, z. B. P0100023 oder SMS00001.</translation>
    </message>
</context>
<context>
    <name>ClientAssertion</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate or key file.</source>
        <translation>%1 ist zu groß für eine Zertifikat- oder Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Out of memory while reading the certificate.</source>
        <translation>Nicht genügend Arbeitsspeicher beim Lesen des Zertifikats.</translation>
    </message>
    <message>
        <source>The file holds no certificate (a PEM block &quot;BEGIN CERTIFICATE&quot;).</source>
        <translation>Die Datei enthält kein Zertifikat (einen PEM-Block &quot;BEGIN CERTIFICATE&quot;).</translation>
    </message>
    <message>
        <source>The file is not a PEM certificate.</source>
        <translation>Die Datei ist kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate file holds no private key; choose the key file too.</source>
        <translation>Die Zertifikatdatei enthält keinen privaten Schlüssel; wählen Sie auch die Schlüsseldatei aus.</translation>
    </message>
    <message>
        <source>The key file holds no private key (a PEM block &quot;BEGIN PRIVATE KEY&quot;).</source>
        <translation>Die Schlüsseldatei enthält keinen privaten Schlüssel (einen PEM-Block &quot;BEGIN PRIVATE KEY&quot;).</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase; enter the passphrase.</source>
        <translation>Der private Schlüssel ist durch eine Passphrase geschützt; geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Out of memory while reading the private key.</source>
        <translation>Nicht genügend Arbeitsspeicher beim Lesen des privaten Schlüssels.</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the private key.</source>
        <translation>Die Passphrase entsperrt den privaten Schlüssel nicht.</translation>
    </message>
    <message>
        <source>The private key cannot be read.</source>
        <translation>Der private Schlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The private key cannot be read (%1).</source>
        <translation>Der private Schlüssel kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The private key is not an RSA key; Microsoft Entra ID accepts only RSA certificates for app sign-in.</source>
        <translation>Der private Schlüssel ist kein RSA-Schlüssel; Microsoft Entra ID akzeptiert für die App-Anmeldung nur RSA-Zertifikate.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>Der private Schlüssel gehört nicht zum Zertifikat.</translation>
    </message>
    <message>
        <source>The private key belongs to none of the %1 certificates in the file.</source>
        <translation>Der private Schlüssel gehört zu keinem der %1 Zertifikate in der Datei.</translation>
    </message>
    <message>
        <source>Out of memory while reading the PFX file.</source>
        <translation>Nicht genügend Arbeitsspeicher beim Lesen der PFX-Datei.</translation>
    </message>
    <message>
        <source>The file is neither a PEM file nor a PFX (PKCS#12) file.</source>
        <translation>Die Datei ist weder eine PEM-Datei noch eine PFX-Datei (PKCS#12).</translation>
    </message>
    <message>
        <source>The PFX file is protected by a passphrase; enter the passphrase.</source>
        <translation>Die PFX-Datei ist durch eine Passphrase geschützt; geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>The passphrase does not open the PFX file.</source>
        <translation>Die Passphrase öffnet die PFX-Datei nicht.</translation>
    </message>
    <message>
        <source>The PFX file cannot be read.</source>
        <translation>Die PFX-Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PFX file cannot be read (%1).</source>
        <translation>Die PFX-Datei kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The PFX file holds no private key; export it again with the private key.</source>
        <translation>Die PFX-Datei enthält keinen privaten Schlüssel; exportieren Sie sie erneut mit dem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The PFX file holds no certificate.</source>
        <translation>Die PFX-Datei enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The private key in the PFX file belongs to none of its certificates.</source>
        <translation>Der private Schlüssel in der PFX-Datei gehört zu keinem ihrer Zertifikate.</translation>
    </message>
    <message>
        <source>The certificate cannot be encoded.</source>
        <translation>Das Zertifikat kann nicht codiert werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name, %2 the reason it cannot be used</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The certificate expired on %1; Microsoft Entra ID will refuse it. Upload a new certificate to the app registration.</source>
        <translation>Das Zertifikat ist am %1 abgelaufen; Microsoft Entra ID wird es ablehnen. Laden Sie ein neues Zertifikat in die App-Registrierung hoch.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1; Microsoft Entra ID will refuse it until then.</source>
        <translation>Das Zertifikat ist erst ab %1 gültig; Microsoft Entra ID wird es bis dahin ablehnen.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s) (%1); renew it soon.</source>
        <translation>
            <numerusform>Das Zertifikat läuft in %n Tag ab (%1); erneuern Sie es bald.</numerusform>
            <numerusform>Das Zertifikat läuft in %n Tagen ab (%1); erneuern Sie es bald.</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate is loaded.</source>
        <translation>Es ist kein Zertifikat geladen.</translation>
    </message>
    <message>
        <source>The client assertion cannot be signed (%1).</source>
        <translation>Die Clientassertion kann nicht signiert werden (%1).</translation>
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
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Enter the tenant: its domain (contoso.onmicrosoft.com) or its tenant ID.</source>
        <translation>Geben Sie den Mandanten ein: seine Domäne (contoso.onmicrosoft.com) oder seine Mandanten-ID.</translation>
    </message>
    <message>
        <source>“%1” is not a tenant domain or tenant ID. Use the domain (contoso.onmicrosoft.com) or the tenant ID (a GUID).</source>
        <translation>„%1“ ist keine Mandantendomäne und keine Mandanten-ID. Verwenden Sie die Domäne (contoso.onmicrosoft.com) oder die Mandanten-ID (eine GUID).</translation>
    </message>
    <message>
        <source>App-only sign-in needs the tenant&apos;s own domain or ID, not “%1”.</source>
        <translation>Die reine App-Anmeldung erfordert die eigene Domäne oder ID des Mandanten, nicht „%1“.</translation>
    </message>
    <message>
        <source>The client ID must be an application (client) ID: a GUID such as 14d82eec-204b-4c2f-b7e8-296a70dab67e.</source>
        <translation>Die Client-ID muss eine Anwendungs-ID (Client-ID) sein: eine GUID wie 14d82eec-204b-4c2f-b7e8-296a70dab67e.</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM or PFX) of the app registration.</source>
        <translation>Wählen Sie die Zertifikatdatei (PEM oder PFX) der App-Registrierung aus.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Anmeldung im Browser</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Gerätecode</translation>
    </message>
    <message>
        <source>App registration with a client secret</source>
        <translation>App-Registrierung mit geheimem Clientschlüssel</translation>
    </message>
    <message>
        <source>App registration with a certificate</source>
        <translation>App-Registrierung mit Zertifikat</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
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
    <message>
        <source>Not signed in. Choose Connection ▸ Sign in (Ctrl+Shift+O) to sign in to a tenant, or start Enrollment Desk with --demo to try the built-in demo tenant.</source>
        <translation>Nicht angemeldet. Wählen Sie Verbindung ▸ Anmelden (Strg+Umschalt+O), um sich bei einem Mandanten anzumelden, oder starten Sie Enrollment Desk mit --demo, um den integrierten Demomandanten auszuprobieren.</translation>
    </message>
    <message>
        <source>The access token has expired and cannot be renewed. Sign in again (Connection ▸ Sign in, Ctrl+Shift+O).</source>
        <translation>Das Zugriffstoken ist abgelaufen und kann nicht erneuert werden. Melden Sie sich erneut an (Verbindung ▸ Anmelden, Strg+Umschalt+O).</translation>
    </message>
</context>
<context>
    <name>GrantedPermissions</name>
    <message>
        <source>Needs the %1 permission, which the signed-in account does not have.</source>
        <translation>Erfordert die Berechtigung %1, die das angemeldete Konto nicht hat.</translation>
    </message>
    <message>
        <source>Needs the %1 permission (or %2), which the signed-in account does not have.</source>
        <translation>Erfordert die Berechtigung %1 (oder %2), die das angemeldete Konto nicht hat.</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between permission names</comment>
        <translation> oder </translation>
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
    <name>IdentityClient</name>
    <message>
        <source>The tenant was not found. Check the tenant ID or domain, and that it belongs to the selected cloud.</source>
        <translation>Der Mandant wurde nicht gefunden. Überprüfen Sie die Mandanten-ID oder Domäne und ob sie zur ausgewählten Cloud gehört.</translation>
    </message>
    <message>
        <source>The tenant ID or domain is not valid. Check the spelling.</source>
        <translation>Die Mandanten-ID oder Domäne ist ungültig. Überprüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>The app (client ID) is not known in this tenant. Check the client ID, the tenant and the cloud; an administrator may need to add the app to the tenant.</source>
        <translation>Die App (Client-ID) ist in diesem Mandanten nicht bekannt. Überprüfen Sie die Client-ID, den Mandanten und die Cloud; möglicherweise muss ein Administrator die App zum Mandanten hinzufügen.</translation>
    </message>
    <message>
        <source>The redirect address does not match the app registration. The app needs http://localhost registered as a redirect URI for mobile and desktop applications.</source>
        <translation>Die Umleitungsadresse stimmt nicht mit der App-Registrierung überein. Für die App muss http://localhost als Umleitungs-URI für mobile Anwendungen und Desktopanwendungen registriert sein.</translation>
    </message>
    <message>
        <source>The redirect address of the sign-in and of the token request differ; start the sign-in again.</source>
        <translation>Die Umleitungsadressen der Anmeldung und der Tokenanforderung unterscheiden sich; starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The app has no consent for the permissions it asks for. An administrator must grant admin consent for it in this tenant.</source>
        <translation>Für die von der App angeforderten Berechtigungen liegt keine Zustimmung vor. Ein Administrator muss in diesem Mandanten die Administratorzustimmung dafür erteilen.</translation>
    </message>
    <message>
        <source>Consent to the app&apos;s permissions was declined, so the sign-in did not complete.</source>
        <translation>Die Zustimmung zu den Berechtigungen der App wurde verweigert, daher wurde die Anmeldung nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>An administrator must consent to the permissions this app asks for before you can sign in.</source>
        <translation>Ein Administrator muss den von dieser App angeforderten Berechtigungen zustimmen, bevor Sie sich anmelden können.</translation>
    </message>
    <message>
        <source>The sign-in could not be verified: the proof key (PKCE) did not match. Start the sign-in again.</source>
        <translation>Die Anmeldung konnte nicht überprüft werden: Der Prüfschlüssel (PKCE) stimmte nicht überein. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in code was already used. Start the sign-in again.</source>
        <translation>Der Anmeldecode wurde bereits verwendet. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in code or saved sign-in has expired. Sign in again.</source>
        <translation>Der Anmeldecode oder die gespeicherte Anmeldung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid. Sign in again.</source>
        <translation>Die gespeicherte Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The saved sign-in was revoked (for example after a password change). Sign in again.</source>
        <translation>Die gespeicherte Anmeldung wurde widerrufen (zum Beispiel nach einer Kennwortänderung). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The saved sign-in expired because it was not used for a long time. Sign in again.</source>
        <translation>Die gespeicherte Anmeldung ist abgelaufen, weil sie lange nicht verwendet wurde. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The client secret is not valid. Use the secret&apos;s value (not its ID) and check that it has not expired.</source>
        <translation>Der geheime Clientschlüssel ist ungültig. Verwenden Sie den Wert des geheimen Schlüssels (nicht seine ID), und überprüfen Sie, ob er abgelaufen ist.</translation>
    </message>
    <message>
        <source>The client secret has expired. Create a new secret for the app registration.</source>
        <translation>Der geheime Clientschlüssel ist abgelaufen. Erstellen Sie einen neuen geheimen Schlüssel für die App-Registrierung.</translation>
    </message>
    <message>
        <source>The certificate was refused: it is not registered for this app, or the signature does not match it.</source>
        <translation>Das Zertifikat wurde abgelehnt: Es ist für diese App nicht registriert, oder die Signatur passt nicht dazu.</translation>
    </message>
    <message>
        <source>The certificate assertion is outside its valid time. Check this computer&apos;s date, time and time zone.</source>
        <translation>Die Zertifikatassertion liegt außerhalb ihres Gültigkeitszeitraums. Überprüfen Sie Datum, Uhrzeit und Zeitzone dieses Computers.</translation>
    </message>
    <message>
        <source>This app registration is a public client: it does not accept a secret or a certificate.</source>
        <translation>Diese App-Registrierung ist ein öffentlicher Client: Sie akzeptiert weder einen geheimen Schlüssel noch ein Zertifikat.</translation>
    </message>
    <message>
        <source>The app registration requires a client secret or certificate for this sign-in method.</source>
        <translation>Die App-Registrierung erfordert für diese Anmeldemethode einen geheimen Clientschlüssel oder ein Zertifikat.</translation>
    </message>
    <message>
        <source>The requested permissions (scopes) are not valid for this sign-in.</source>
        <translation>Die angeforderten Berechtigungen (Bereiche) sind für diese Anmeldung ungültig.</translation>
    </message>
    <message>
        <source>The account does not belong to this tenant. Sign in with an account of the tenant or select the account&apos;s own tenant.</source>
        <translation>Das Konto gehört nicht zu diesem Mandanten. Melden Sie sich mit einem Konto des Mandanten an, oder wählen Sie den eigenen Mandanten des Kontos aus.</translation>
    </message>
    <message>
        <source>Multi-factor authentication is required. Use the browser sign-in to complete it.</source>
        <translation>Eine mehrstufige Authentifizierung ist erforderlich. Verwenden Sie die Browseranmeldung, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the sign-in.</source>
        <translation>Eine Richtlinie für bedingten Zugriff hat die Anmeldung blockiert.</translation>
    </message>
    <message>
        <source>No account is signed in in the browser. Sign in again.</source>
        <translation>Im Browser ist kein Konto angemeldet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in has not been completed yet.</source>
        <translation>Die Anmeldung wurde noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The code expired before the sign-in was completed. Start the sign-in again.</source>
        <translation>Der Code ist abgelaufen, bevor die Anmeldung abgeschlossen wurde. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgebrochen oder abgelehnt.</translation>
    </message>
    <message>
        <source>Microsoft sign-in needs you to sign in interactively again.</source>
        <translation>Die Microsoft-Anmeldung erfordert, dass Sie sich erneut interaktiv anmelden.</translation>
    </message>
    <message>
        <source>Microsoft sign-in needs you to sign in again.</source>
        <translation>Die Microsoft-Anmeldung erfordert, dass Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid. Sign in again.</source>
        <translation>Die Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The app&apos;s credentials (client secret or certificate) were refused.</source>
        <translation>Die Anmeldeinformationen der App (geheimer Clientschlüssel oder Zertifikat) wurden abgelehnt.</translation>
    </message>
    <message>
        <source>The app registration does not allow this sign-in method. For device code sign-in it needs &quot;Allow public client flows&quot;.</source>
        <translation>Die App-Registrierung lässt diese Anmeldemethode nicht zu. Für die Anmeldung per Gerätecode muss &quot;Öffentliche Clientflows zulassen&quot; aktiviert sein.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Microsoft sign-in did not recognise the device code. Start again.</source>
        <translation>Die Microsoft-Anmeldung hat den Gerätecode nicht erkannt. Beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>Microsoft sign-in is temporarily unavailable. Try again in a moment.</source>
        <translation>Die Microsoft-Anmeldung ist vorübergehend nicht verfügbar. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Microsoft sign-in had an internal error. Try again in a moment.</source>
        <translation>Bei der Microsoft-Anmeldung ist ein interner Fehler aufgetreten. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Microsoft sign-in could not be reached: %1.</source>
        <translation>Die Microsoft-Anmeldung ist nicht erreichbar: %1.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Microsoft sign-in answered with a redirect (%1), which is not followed. Check the cloud and any proxy in between.</source>
        <translation>Die Microsoft-Anmeldung hat mit einer Umleitung (%1) geantwortet, der nicht gefolgt wird. Überprüfen Sie die Cloud und einen eventuell dazwischenliegenden Proxy.</translation>
    </message>
    <message>
        <source>Microsoft sign-in sent an answer that could not be read.</source>
        <translation>Die Microsoft-Anmeldung hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>Activity detail: what was intended, then the error sentence</extracomment>
        <translation>%1 — %2</translation>
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
    <name>TargetNames</name>
    <message>
        <source>Group without an ID</source>
        <translation>Gruppe ohne ID</translation>
    </message>
    <message>
        <source>Deleted group (%1)</source>
        <translation>Gelöschte Gruppe (%1)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Configuration Manager collection %1</source>
        <translation>Configuration Manager-Sammlung %1</translation>
    </message>
    <message>
        <source>Scope tag group %1</source>
        <translation>Bereichsmarkierungsgruppe %1</translation>
    </message>
    <message>
        <source>Assignment target without a type</source>
        <translation>Zuweisungsziel ohne Typ</translation>
    </message>
    <message>
        <source>Other target (%1)</source>
        <translation>Anderes Ziel (%1)</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>kein Typ</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>Ausgeschlossen: %1</translation>
    </message>
    <message>
        <source>%1 (include filter %2)</source>
        <translation>%1 (Einschlussfilter %2)</translation>
    </message>
    <message>
        <source>%1 (exclude filter %2)</source>
        <translation>%1 (Ausschlussfilter %2)</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
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
    <name>ViewTools</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>the assignments (%1)</source>
        <translation>die Zuweisungen (%1)</translation>
    </message>
    <message>
        <source>the group names (%1)</source>
        <translation>die Gruppennamen (%1)</translation>
    </message>
    <message>
        <source>Some details could not be read: %1.</source>
        <translation>Einige Details konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anforderungs-ID: %1</translation>
    </message>
    <message>
        <source>Loading was cancelled; details not read yet show &quot;—&quot;. Refresh (F5) reads them all.</source>
        <translation>Das Laden wurde abgebrochen; noch nicht gelesene Details zeigen „—“. Aktualisieren (F5) liest alle.</translation>
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
    <name>ed::AppSignIn</name>
    <message>
        <source>Enter the client secret of the app registration.</source>
        <translation>Geben Sie den geheimen Clientschlüssel der App-Registrierung ein.</translation>
    </message>
    <message>
        <source>The sign-in service sent no access token; try again.</source>
        <translation>Der Anmeldedienst hat kein Zugriffstoken gesendet; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ed::Application</name>
    <message>
        <source>Demo tenant</source>
        <translation>Demomandant</translation>
    </message>
    <message>
        <source>Token from %1</source>
        <translation>Token aus %1</translation>
    </message>
    <message>
        <source>Renewing the sign-in failed: %1</source>
        <translation>Die Anmeldung konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>%1 Sign in again (Connection ▸ Sign in, Ctrl+Shift+O).</source>
        <translation>%1 Melden Sie sich erneut an (Verbindung ▸ Anmelden, Strg+Umschalt+O).</translation>
    </message>
    <message>
        <source>No system keychain is available: sign-ins are kept in memory only, and you will sign in again after restarting Enrollment Desk.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar: Anmeldungen werden nur im Arbeitsspeicher gehalten, und Sie müssen sich nach einem Neustart von Enrollment Desk erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>ed::AssignProfileDialog</name>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Current profile</source>
        <translation>Aktuelles Profil</translation>
    </message>
    <message>
        <source>Intended profile</source>
        <translation>Vorgesehenes Profil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Autopilot device ID: %1</source>
        <translation>Autopilot-Geräte-ID: %1</translation>
    </message>
    <message>
        <source>Already assigned</source>
        <translation>Bereits zugewiesen</translation>
    </message>
    <message>
        <source>Replaces “%1”</source>
        <translation>Ersetzt „%1“</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Assign a deployment profile</source>
        <translation>Ein Bereitstellungsprofil zuweisen</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Deployment profile to assign</source>
        <translation>Zuzuweisendes Bereitstellungsprofil</translation>
    </message>
    <message>
        <source>Choose a deployment profile</source>
        <translation>Bereitstellungsprofil auswählen</translation>
    </message>
    <message>
        <source>Join type of the profile</source>
        <translation>Einbindungstyp des Profils</translation>
    </message>
    <message>
        <source>Devices to choose from</source>
        <translation>Verfügbare Geräte</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Geräte durchsuchen</translation>
    </message>
    <message>
        <source>Search serial, model, group tag, user (* and ? wildcards)</source>
        <translation>Seriennummer, Modell, Gruppentag, Benutzer durchsuchen (Platzhalter * und ?)</translation>
    </message>
    <message>
        <source>Enter adds the device when the search finds exactly one</source>
        <translation>Die Eingabetaste fügt das Gerät hinzu, wenn die Suche genau eines findet</translation>
    </message>
    <message>
        <source>Autopilot devices</source>
        <translation>Autopilot-Geräte</translation>
    </message>
    <message>
        <source>Devices shown</source>
        <translation>Angezeigte Geräte</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected devices</source>
        <translation>Die ausgewählten Geräte hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected devices (Enter or double-click)</source>
        <translation>Die ausgewählten Geräte hinzufügen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Paste &amp;serials…</source>
        <translation>&amp;Seriennummern einfügen…</translation>
    </message>
    <message>
        <source>Add devices by pasting serial numbers</source>
        <translation>Geräte durch Einfügen von Seriennummern hinzufügen</translation>
    </message>
    <message>
        <source>Result of the pasted serial numbers</source>
        <translation>Ergebnis der eingefügten Seriennummern</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the serial numbers not found</source>
        <translation>Nicht gefundene Seriennummern kopieren</translation>
    </message>
    <message>
        <source>Copy the serial numbers not found, one per line</source>
        <translation>Die nicht gefundenen Seriennummern kopieren, eine pro Zeile</translation>
    </message>
    <message>
        <source>Chosen devices</source>
        <translation>Ausgewählte Geräte</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected devices from the list</source>
        <translation>Die markierten Geräte aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Remove the selected devices from the list (Delete)</source>
        <translation>Die markierten Geräte aus der Liste entfernen (Entf)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Remove all chosen devices</source>
        <translation>Alle ausgewählten Geräte entfernen</translation>
    </message>
    <message>
        <source>Devices to choose from and chosen devices</source>
        <translation>Verfügbare und ausgewählte Geräte</translation>
    </message>
    <message>
        <source>Number of chosen devices</source>
        <translation>Anzahl der ausgewählten Geräte</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <source>Assign the profile to the chosen devices</source>
        <translation>Das Profil den ausgewählten Geräten zuweisen</translation>
    </message>
    <message>
        <source>Close without assigning</source>
        <translation>Ohne Zuweisung schließen</translation>
    </message>
    <message>
        <source>Assign “%1” to devices</source>
        <translation>„%1“ Geräten zuweisen</translation>
    </message>
    <message>
        <source>Microsoft Entra join</source>
        <translation>Microsoft Entra-Einbindung</translation>
    </message>
    <message>
        <source>Microsoft Entra hybrid join</source>
        <translation>Microsoft Entra-Hybrideinbindung</translation>
    </message>
    <message>
        <source>Join type not recognised (%1)</source>
        <translation>Einbindungstyp nicht erkannt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln device(s) for %1 of %2 serial numbers.</source>
        <translation>
            <numerusform>%Ln Gerät für %1 von %2 Seriennummern gefunden.</numerusform>
            <numerusform>%Ln Geräte für %1 von %2 Seriennummern gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln serial(s) not found: %1</source>
        <translation>
            <numerusform>%Ln Seriennummer nicht gefunden: %1</numerusform>
            <numerusform>%Ln Seriennummern nicht gefunden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln Gerät</numerusform>
            <numerusform>%Ln Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln device(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Gerät angezeigt</numerusform>
            <numerusform>%1 von %Ln Geräten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No devices chosen yet: search on the left and press Enter, or paste serial numbers.</source>
        <translation>Noch keine Geräte ausgewählt: Suchen Sie links, und drücken Sie die Eingabetaste, oder fügen Sie Seriennummern ein.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) chosen</source>
        <translation>
            <numerusform>%Ln Gerät ausgewählt</numerusform>
            <numerusform>%Ln Geräte ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already have another profile, which this replaces</source>
        <translation>
            <numerusform>%Ln hat bereits ein anderes Profil, das hierdurch ersetzt wird</numerusform>
            <numerusform>%Ln haben bereits ein anderes Profil, das hierdurch ersetzt wird</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already have this profile</source>
        <translation>
            <numerusform>%Ln hat dieses Profil bereits</numerusform>
            <numerusform>%Ln haben dieses Profil bereits</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the profiles of the chosen devices…</source>
        <translation>Die Profile der ausgewählten Geräte werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Assign “%1” to %Ln device(s)?</source>
        <translation>
            <numerusform>„%1“ %Ln Gerät zuweisen?</numerusform>
            <numerusform>„%1“ %Ln Geräten zuweisen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each device gets this profile as its intended deployment profile: Windows Autopilot uses it the next time the device is set up. Intune shows the assignment as pending until it has processed it.</source>
        <translation>Jedes Gerät erhält dieses Profil als vorgesehenes Bereitstellungsprofil: Windows Autopilot verwendet es bei der nächsten Einrichtung des Geräts. Intune zeigt die Zuweisung als ausstehend an, bis sie verarbeitet wurde.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) have another profile, which this replaces:</source>
        <translation>
            <numerusform>%Ln Gerät hat ein anderes Profil, das hierdurch ersetzt wird:</numerusform>
            <numerusform>%Ln Geräte haben ein anderes Profil, das hierdurch ersetzt wird:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…und %Ln weiteres.</numerusform>
            <numerusform>…und %Ln weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) already have this profile.</source>
        <translation>
            <numerusform>%Ln Gerät hat dieses Profil bereits.</numerusform>
            <numerusform>%Ln Geräte haben dieses Profil bereits.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profiles of some devices are still being read; for them the profile shown in the device list counts.</source>
        <translation>Die Profile einiger Geräte werden noch gelesen; für sie gilt das in der Geräteliste angezeigte Profil.</translation>
    </message>
    <message>
        <source>Assign deployment profile</source>
        <translation>Bereitstellungsprofil zuweisen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <source>Cancel loading devices</source>
        <translation>Laden der Geräte abbrechen</translation>
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
        <source>Copy device IDs</source>
        <translation>Geräte-IDs kopieren</translation>
    </message>
    <message>
        <source>Devices assigned to the profile</source>
        <translation>Dem Profil zugewiesene Geräte</translation>
    </message>
    <message>
        <source>Search the assigned devices</source>
        <translation>Die zugewiesenen Geräte durchsuchen</translation>
    </message>
    <message>
        <source>Search assigned devices (* and ? wildcards)</source>
        <translation>Zugewiesene Geräte durchsuchen (Platzhalter * und ?)</translation>
    </message>
    <message>
        <source>Assign profile…</source>
        <translation>Profil zuweisen…</translation>
    </message>
    <message>
        <source>Assign a deployment profile to the selected devices</source>
        <translation>Den ausgewählten Geräten ein Bereitstellungsprofil zuweisen</translation>
    </message>
    <message>
        <source>Show in Autopilot devices</source>
        <translation>In Autopilot-Geräten anzeigen</translation>
    </message>
    <message>
        <source>Show the current device in the list of every Autopilot device</source>
        <translation>Das aktuelle Gerät in der Liste aller Autopilot-Geräte anzeigen</translation>
    </message>
    <message>
        <source>Assign a deployment profile</source>
        <translation>Ein Bereitstellungsprofil zuweisen</translation>
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
    <name>ed::BrowserSignIn</name>
    <message numerus="yes">
        <source>No sign-in answer came from the browser within %n minute(s). Start the sign-in again.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute kam keine Anmeldeantwort vom Browser. Starten Sie die Anmeldung erneut.</numerusform>
            <numerusform>Innerhalb von %n Minuten kam keine Anmeldeantwort vom Browser. Starten Sie die Anmeldung erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (the state does not match), so it was not used. Start the sign-in again.</source>
        <translation>Die Antwort des Browsers gehört nicht zu dieser Anmeldung (der state-Wert stimmt nicht überein), daher wurde sie nicht verwendet. Starten Sie die Anmeldung erneut.</translation>
    </message>
</context>
<context>
    <name>ed::BulkDeviceJob</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>ed::BulkJobDialog</name>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Intune reports</source>
        <translation>Laut Intune</translation>
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
        <source>Client request ID</source>
        <translation>Client-Anforderungs-ID</translation>
    </message>
    <message>
        <source>Show failed only</source>
        <translation>Nur fehlgeschlagene anzeigen</translation>
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
        <extracomment>Progress of a bulk write: &quot;120 of 1,000&quot;</extracomment>
        <translation>%1 von %2</translation>
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
        <source>Request ID: %1</source>
        <translation>Anforderungs-ID: %1</translation>
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
    <name>ed::BulkUnblockDialog</name>
    <message>
        <source>Unblock devices</source>
        <translation>Geräte entsperren</translation>
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
        <source>%1 was unblocked: it can enroll once more.</source>
        <translation>%1 wurde entsperrt und kann sich noch einmal registrieren.</translation>
    </message>
    <message>
        <source>%1 was not unblocked. %2</source>
        <translation>%1 wurde nicht entsperrt. %2</translation>
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
        <source>Unblocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>ed::ConfigurationAssignmentsDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Assignments — %1</source>
        <translation>Zuweisungen — %1</translation>
    </message>
    <message>
        <source>Assignments of %1</source>
        <translation>Zuweisungen von %1</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Why the assignments cannot be changed</source>
        <translation>Warum die Zuweisungen nicht geändert werden können</translation>
    </message>
    <message>
        <source>Reading the assignments</source>
        <translation>Lesen der Zuweisungen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Read the assignments again</source>
        <translation>Die Zuweisungen erneut lesen</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Eingeschlossen</translation>
    </message>
    <message>
        <source>Included targets</source>
        <translation>Eingeschlossene Ziele</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Excluded groups</source>
        <translation>Ausgeschlossene Gruppen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected targets</source>
        <translation>Die markierten Ziele entfernen</translation>
    </message>
    <message>
        <source>Remove the selected targets (Delete)</source>
        <translation>Die markierten Ziele entfernen (Entf)</translation>
    </message>
    <message>
        <source>Add All &amp;users</source>
        <translation>Alle &amp;Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Include all users</source>
        <translation>Alle Benutzer einschließen</translation>
    </message>
    <message>
        <source>Include every licensed user</source>
        <translation>Jeden lizenzierten Benutzer einschließen</translation>
    </message>
    <message>
        <source>Add All &amp;devices</source>
        <translation>Alle &amp;Geräte hinzufügen</translation>
    </message>
    <message>
        <source>Include all devices</source>
        <translation>Alle Geräte einschließen</translation>
    </message>
    <message>
        <source>Include every device</source>
        <translation>Jedes Gerät einschließen</translation>
    </message>
    <message>
        <source>Configuration Manager collection ID</source>
        <translation>Configuration Manager-Sammlungs-ID</translation>
    </message>
    <message>
        <source>Collection ID, e.g. P0100023</source>
        <translation>Sammlungs-ID, z. B. P0100023</translation>
    </message>
    <message>
        <source>A Configuration Manager collection ID: a 3-character site code and 5 hexadecimal digits (co-management)</source>
        <translation>Eine Configuration Manager-Sammlungs-ID: ein 3-stelliger Standortcode und 5 Hexadezimalziffern (Co-Verwaltung)</translation>
    </message>
    <message>
        <source>Add &amp;collection</source>
        <translation>&amp;Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>Include the Configuration Manager collection</source>
        <translation>Die Configuration Manager-Sammlung einschließen</translation>
    </message>
    <message>
        <source>Add groups</source>
        <translation>Gruppen hinzufügen</translation>
    </message>
    <message>
        <source>Targets and groups to add</source>
        <translation>Hinzuzufügende Ziele und Gruppen</translation>
    </message>
    <message>
        <source>Why a change was refused</source>
        <translation>Warum eine Änderung abgelehnt wurde</translation>
    </message>
    <message>
        <source>Group names</source>
        <translation>Gruppennamen</translation>
    </message>
    <message>
        <source>Changes to save</source>
        <translation>Zu speichernde Änderungen</translation>
    </message>
    <message>
        <source>What Save changes</source>
        <translation>Was „Speichern“ ändert</translation>
    </message>
    <message>
        <source>Warning about the changes</source>
        <translation>Warnung zu den Änderungen</translation>
    </message>
    <message>
        <source>Why the save failed</source>
        <translation>Warum das Speichern fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation>Die Fehlerdetails kopieren</translation>
    </message>
    <message>
        <source>Copy the error with its request IDs, for a ticket</source>
        <translation>Den Fehler mit seinen Anforderungs-IDs kopieren, für ein Ticket</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the assignments</source>
        <translation>Die Zuweisungen speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the assignments</source>
        <translation>Die Zuweisungen schließen</translation>
    </message>
    <message>
        <source>The group names could not be read, so the lists show group IDs: %1</source>
        <translation>Die Gruppennamen konnten nicht gelesen werden, daher zeigen die Listen Gruppen-IDs: %1</translation>
    </message>
    <message>
        <source>Signed out: the assignments can no longer be read or changed.</source>
        <translation>Abgemeldet: Die Zuweisungen können nicht mehr gelesen oder geändert werden.</translation>
    </message>
    <message>
        <source>This is a default configuration: it applies to all users and all devices with the lowest priority, and its assignments cannot be changed.</source>
        <translation>Dies ist eine Standardkonfiguration: Sie gilt mit der niedrigsten Priorität für alle Benutzer und alle Geräte, und ihre Zuweisungen können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Intune does not let Windows restore configurations be assigned.</source>
        <translation>Intune lässt nicht zu, dass Konfigurationen für die Windows-Wiederherstellung zugewiesen werden.</translation>
    </message>
    <message>
        <source>Read-only: you can look at the assignments but not change them. %1</source>
        <translation>Schreibgeschützt: Sie können die Zuweisungen ansehen, aber nicht ändern. %1</translation>
    </message>
    <message>
        <source>All users and all devices</source>
        <translation>Alle Benutzer und alle Geräte</translation>
    </message>
    <message>
        <source>Reading the current assignments…</source>
        <translation>Die aktuellen Zuweisungen werden gelesen…</translation>
    </message>
    <message>
        <source>The assignments could not be read, so they cannot be changed.</source>
        <translation>Die Zuweisungen konnten nicht gelesen werden und können daher nicht geändert werden.</translation>
    </message>
    <message>
        <source>The lists show group IDs: group names cannot be read. %1</source>
        <translation>Die Listen zeigen Gruppen-IDs: Gruppennamen können nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Configuration Manager collection</source>
        <translation>Configuration Manager-Sammlung</translation>
    </message>
    <message>
        <source>Scope tag group</source>
        <translation>Bereichsmarkierungsgruppe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>New: saved when you click Save</source>
        <translation>Neu: wird gespeichert, wenn Sie auf „Speichern“ klicken</translation>
    </message>
    <message>
        <source>Deleted from the directory; kept unless you remove it</source>
        <translation>Aus dem Verzeichnis gelöscht; bleibt erhalten, sofern Sie sie nicht entfernen</translation>
    </message>
    <message>
        <source>Kept as Intune sent it; can be removed, not changed</source>
        <translation>Unverändert übernommen, wie Intune es gesendet hat; kann entfernt, aber nicht geändert werden</translation>
    </message>
    <message>
        <source>Has an assignment filter</source>
        <translation>Hat einen Zuweisungsfilter</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Save the assignments of “%1”? (+%2 / −%3)</source>
        <translation>Die Zuweisungen von „%1“ speichern? (+%2 / −%3)</translation>
    </message>
    <message>
        <source>Intune replaces the configuration&apos;s whole assignment set with this one:</source>
        <translation>Intune ersetzt alle Zuweisungen der Konfiguration durch diese:</translation>
    </message>
    <message>
        <source>WARNING: this removes ALL targets. The configuration will apply to no one, and the default configuration applies instead.</source>
        <translation>WARNUNG: Dadurch werden ALLE Ziele entfernt. Die Konfiguration gilt dann für niemanden, stattdessen gilt die Standardkonfiguration.</translation>
    </message>
    <message>
        <source>Only exclusions remain: the configuration will apply to no one.</source>
        <translation>Es verbleiben nur Ausschlüsse: Die Konfiguration gilt dann für niemanden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) no longer in the directory stay assigned as Intune has them. If Intune refuses them, remove them and save again.</source>
        <translation>
            <numerusform>%Ln Gruppe, die nicht mehr im Verzeichnis ist, bleibt so zugewiesen, wie Intune sie führt. Wenn Intune sie ablehnt, entfernen Sie sie, und speichern Sie erneut.</numerusform>
            <numerusform>%Ln Gruppen, die nicht mehr im Verzeichnis sind, bleiben so zugewiesen, wie Intune sie führt. Wenn Intune sie ablehnt, entfernen Sie sie, und speichern Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save assignments</source>
        <translation>Zuweisungen speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The assignments could not be saved: another change of this configuration is still running, or the set is not one Intune accepts.</source>
        <translation>Die Zuweisungen konnten nicht gespeichert werden: Eine andere Änderung dieser Konfiguration wird noch ausgeführt, oder Intune akzeptiert diese Zusammenstellung nicht.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>Saved. The assignments could not be read again (%1), so the lists show what was sent: %Ln target(s).</source>
        <translation>
            <numerusform>Gespeichert. Die Zuweisungen konnten nicht erneut gelesen werden (%1), daher zeigen die Listen, was gesendet wurde: %Ln Ziel.</numerusform>
            <numerusform>Gespeichert. Die Zuweisungen konnten nicht erneut gelesen werden (%1), daher zeigen die Listen, was gesendet wurde: %Ln Ziele.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. Intune now has %Ln target(s).</source>
        <translation>
            <numerusform>Gespeichert. Intune hat jetzt %Ln Ziel.</numerusform>
            <numerusform>Gespeichert. Intune hat jetzt %Ln Ziele.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Wait until the assignments are read</source>
        <translation>Warten Sie, bis die Zuweisungen gelesen sind</translation>
    </message>
    <message>
        <source>Nothing to save until the assignments are read.</source>
        <translation>Nichts zu speichern, bis die Zuweisungen gelesen sind.</translation>
    </message>
    <message>
        <source>Saving removes ALL targets: the configuration will apply to no one.</source>
        <translation>Beim Speichern werden ALLE Ziele entfernt: Die Konfiguration gilt dann für niemanden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assigned group(s) no longer exist in the directory; they stay assigned unless you remove them.</source>
        <translation>
            <numerusform>%Ln zugewiesene Gruppe existiert nicht mehr im Verzeichnis; sie bleibt zugewiesen, sofern Sie sie nicht entfernen.</numerusform>
            <numerusform>%Ln zugewiesene Gruppen existieren nicht mehr im Verzeichnis; sie bleiben zugewiesen, sofern Sie sie nicht entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: add or remove a target first</source>
        <translation>Nichts zu speichern: Fügen Sie zuerst ein Ziel hinzu, oder entfernen Sie eines</translation>
    </message>
    <message>
        <source>Post the complete set of targets to Intune (asks first)</source>
        <translation>Die vollständige Zielliste an Intune senden (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Assignments not saved</source>
        <translation>Zuweisungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Discard the changes you have not saved?</source>
        <translation>Die nicht gespeicherten Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>ed::ConfigurationDetailsPane</name>
    <message>
        <source>Android device administrator</source>
        <translation>Android-Geräteadministrator</translation>
    </message>
    <message>
        <source>Android Enterprise (work profile)</source>
        <translation>Android Enterprise (Arbeitsprofil)</translation>
    </message>
    <message>
        <source>iOS/iPadOS</source>
        <translation>iOS/iPadOS</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Mac (macRestriction)</source>
        <translation>Mac (macRestriction)</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Windows Home SKU</source>
        <translation>Windows Home-SKU</translation>
    </message>
    <message>
        <source>Windows Mobile</source>
        <translation>Windows Mobile</translation>
    </message>
    <message>
        <source>visionOS</source>
        <translation>visionOS</translation>
    </message>
    <message>
        <source>tvOS</source>
        <translation>tvOS</translation>
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
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht konfiguriert</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht zulässig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Enrollment configuration settings</source>
        <translation>Einstellungen der Registrierungskonfiguration</translation>
    </message>
    <message>
        <source>No configuration selected</source>
        <translation>Keine Konfiguration ausgewählt</translation>
    </message>
    <message>
        <source>Select an enrollment configuration to see all its settings.</source>
        <translation>Wählen Sie eine Registrierungskonfiguration aus, um alle ihre Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>Configuration name</source>
        <translation>Konfigurationsname</translation>
    </message>
    <message>
        <source>Raw JSON…</source>
        <translation>Roh-JSON…</translation>
    </message>
    <message>
        <source>Show the configuration&apos;s JSON as Microsoft Graph sent it</source>
        <translation>Das JSON der Konfiguration so anzeigen, wie Microsoft Graph es gesendet hat</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Zuweisungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Scope tags</source>
        <translation>Bereichsmarkierungen</translation>
    </message>
    <message>
        <source>Configuration ID</source>
        <translation>Konfigurations-ID</translation>
    </message>
    <message>
        <source>Device limit</source>
        <translation>Gerätelimit</translation>
    </message>
    <message>
        <source>Maximum devices per user</source>
        <translation>Maximale Anzahl Geräte pro Benutzer</translation>
    </message>
    <message>
        <source>Device limits do not apply to Windows Autopilot and Microsoft Entra join enrollments.</source>
        <translation>Gerätelimits gelten nicht für Registrierungen über Windows Autopilot und Microsoft Entra-Einbindung.</translation>
    </message>
    <message>
        <source>Where the device limit applies</source>
        <translation>Wo das Gerätelimit gilt</translation>
    </message>
    <message>
        <source>Device platform restrictions</source>
        <translation>Einschränkungen für Geräteplattformen</translation>
    </message>
    <message>
        <source>Device platform restriction</source>
        <translation>Einschränkung für Geräteplattformen</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Enrollment of this platform</source>
        <translation>Registrierung dieser Plattform</translation>
    </message>
    <message>
        <source>Personally owned devices</source>
        <translation>Private Geräte</translation>
    </message>
    <message>
        <source>Minimum OS version</source>
        <translation>Minimale Betriebssystemversion</translation>
    </message>
    <message>
        <source>Maximum OS version</source>
        <translation>Maximale Betriebssystemversion</translation>
    </message>
    <message>
        <source>Blocked manufacturers</source>
        <translation>Blockierte Hersteller</translation>
    </message>
    <message>
        <source>Blocked SKUs</source>
        <translation>Blockierte SKUs</translation>
    </message>
    <message>
        <source>Windows Hello for Business</source>
        <translation>Windows Hello for Business</translation>
    </message>
    <message>
        <source>Minimum PIN length</source>
        <translation>Minimale PIN-Länge</translation>
    </message>
    <message>
        <source>Maximum PIN length</source>
        <translation>Maximale PIN-Länge</translation>
    </message>
    <message>
        <source>Uppercase letters in PIN</source>
        <translation>Großbuchstaben in PIN</translation>
    </message>
    <message>
        <source>Lowercase letters in PIN</source>
        <translation>Kleinbuchstaben in PIN</translation>
    </message>
    <message>
        <source>Special characters in PIN</source>
        <translation>Sonderzeichen in PIN</translation>
    </message>
    <message>
        <source>PIN expiration</source>
        <translation>PIN-Ablauf</translation>
    </message>
    <message>
        <source>Previous PINs remembered</source>
        <translation>Gespeicherte frühere PINs</translation>
    </message>
    <message>
        <source>Allow biometric authentication</source>
        <translation>Biometrische Authentifizierung zulassen</translation>
    </message>
    <message>
        <source>Enhanced anti-spoofing</source>
        <translation>Erweiterter Schutz vor Spoofing</translation>
    </message>
    <message>
        <source>Phone sign-in (remote passport)</source>
        <translation>Anmeldung per Telefon (Remote Passport)</translation>
    </message>
    <message>
        <source>Trusted Platform Module (TPM) required</source>
        <translation>Trusted Platform Module (TPM) erforderlich</translation>
    </message>
    <message>
        <source>Security keys for sign-in</source>
        <translation>Sicherheitsschlüssel für die Anmeldung</translation>
    </message>
    <message>
        <source>Enhanced sign-in security</source>
        <translation>Verbesserte Anmeldesicherheit</translation>
    </message>
    <message>
        <source>Enrollment Status Page</source>
        <translation>Seite zum Registrierungsstatus</translation>
    </message>
    <message>
        <source>Show app and profile installation progress</source>
        <translation>Installationsfortschritt von Apps und Profilen anzeigen</translation>
    </message>
    <message>
        <source>Error after (installation timeout)</source>
        <translation>Fehler nach (Zeitlimit für die Installation)</translation>
    </message>
    <message>
        <source>Custom error message</source>
        <translation>Benutzerdefinierte Fehlermeldung</translation>
    </message>
    <message>
        <source>Block the user from retrying setup after a failure</source>
        <translation>Wiederholung der Einrichtung nach einem Fehler durch den Benutzer blockieren</translation>
    </message>
    <message>
        <source>Allow the user to reset the device on failure</source>
        <translation>Zurücksetzen des Geräts durch den Benutzer bei einem Fehler zulassen</translation>
    </message>
    <message>
        <source>Allow the user to use the device on failure</source>
        <translation>Verwendung des Geräts durch den Benutzer bei einem Fehler zulassen</translation>
    </message>
    <message>
        <source>Allow log collection on failure</source>
        <translation>Protokollsammlung bei einem Fehler zulassen</translation>
    </message>
    <message>
        <source>Apps the page waits for</source>
        <translation>Apps, auf die die Seite wartet</translation>
    </message>
    <message>
        <source>Ignore failures of non-blocking apps</source>
        <translation>Fehler nicht blockierender Apps ignorieren</translation>
    </message>
    <message>
        <source>Install Windows quality updates</source>
        <translation>Windows-Qualitätsupdates installieren</translation>
    </message>
    <message>
        <source>Only show the page to devices provisioned by Autopilot (OOBE)</source>
        <translation>Die Seite nur auf von Autopilot bereitgestellten Geräten anzeigen (OOBE)</translation>
    </message>
    <message>
        <source>Stop tracking after the first user</source>
        <translation>Nachverfolgung nach dem ersten Benutzer beenden</translation>
    </message>
    <message>
        <source>Co-management authority</source>
        <translation>Co-Verwaltungsautorität</translation>
    </message>
    <message>
        <source>Managed device authority</source>
        <translation>Autorität für verwaltete Geräte</translation>
    </message>
    <message>
        <source>Install the Configuration Manager agent</source>
        <translation>Den Configuration Manager-Agent installieren</translation>
    </message>
    <message>
        <source>Agent command-line arguments</source>
        <translation>Befehlszeilenargumente des Agents</translation>
    </message>
    <message>
        <source>Windows restore</source>
        <translation>Windows-Wiederherstellung</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>Weitere Eigenschaften</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Allowed or blocked: —</source>
        <translation>Zugelassen oder blockiert: —</translation>
    </message>
    <message>
        <source>personally owned devices blocked</source>
        <translation>private Geräte blockiert</translation>
    </message>
    <message>
        <source>personally owned devices allowed</source>
        <translation>private Geräte zugelassen</translation>
    </message>
    <message>
        <source>personally owned devices: —</source>
        <translation>private Geräte: —</translation>
    </message>
    <message>
        <source>OS version: —</source>
        <translation>Betriebssystemversion: —</translation>
    </message>
    <message>
        <source>any OS version</source>
        <translation>jede Betriebssystemversion</translation>
    </message>
    <message>
        <source>OS %1 or later</source>
        <translation>Betriebssystem %1 oder höher</translation>
    </message>
    <message>
        <source>OS %1 or earlier</source>
        <translation>Betriebssystem %1 oder früher</translation>
    </message>
    <message>
        <source>OS %1 to %2</source>
        <translation>Betriebssystem %1 bis %2</translation>
    </message>
    <message>
        <source>blocked manufacturers: %1</source>
        <translation>blockierte Hersteller: %1</translation>
    </message>
    <message>
        <source>blocked SKUs: %1</source>
        <translation>blockierte SKUs: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Default (0): applies last, to all users and all devices</source>
        <translation>Standard (0): gilt zuletzt, für alle Benutzer und alle Geräte</translation>
    </message>
    <message>
        <source>Default (0)</source>
        <translation>Standard (0)</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Kein Minimum</translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation>Kein Maximum</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>After %n day(s)</source>
        <translation>
            <numerusform>Nach %n Tag</numerusform>
            <numerusform>Nach %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not configured (0)</source>
        <translation>Nicht konfiguriert (0)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>None selected</source>
        <translation>Keine ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s): %1</source>
        <translation>
            <numerusform>%n App: %1</numerusform>
            <numerusform>%n Apps: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>ed::ConfigurationLoader</name>
    <message>
        <source>Not read: loading was cancelled.</source>
        <translation>Nicht gelesen: Das Laden wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ed::ConfigurationWriter</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Device limit %1 → %2</source>
        <extracomment>Activity detail of a device limit edit: the limit before and after</extracomment>
        <translation>Gerätelimit %1 → %2</translation>
    </message>
    <message>
        <source>Edit device limit</source>
        <translation>Gerätelimit bearbeiten</translation>
    </message>
    <message>
        <source>Before: %1. After: %2.</source>
        <extracomment>Activity detail of an assignment change: the targets before and after, by name</extracomment>
        <translation>Vorher: %1. Nachher: %2.</translation>
    </message>
    <message>
        <source>Change assignments</source>
        <translation>Zuweisungen ändern</translation>
    </message>
    <message>
        <source>Priority %1 → %2</source>
        <extracomment>Activity detail of a priority change: the priority before and after</extracomment>
        <translation>Priorität %1 → %2</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>Priorität ändern</translation>
    </message>
    <message>
        <source>Graph accepted the change, but its answer could not be read.</source>
        <translation>Graph hat die Änderung angenommen, aber die Antwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ed::ConnectionMenu</name>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Sign in or manage connections…</source>
        <translation>&amp;Anmelden oder Verbindungen verwalten…</translation>
    </message>
    <message>
        <source>Allow &amp;changes (sign in with write permissions)</source>
        <translation>Ä&amp;nderungen zulassen (mit Schreibberechtigungen anmelden)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign in to a tenant, add a connection, or change one</source>
        <translation>Bei einem Mandanten anmelden, eine Verbindung hinzufügen oder eine ändern</translation>
    </message>
    <message>
        <source>Read-only connections ask only for %1. Changes (unblock, assign, device limit) need %2: turning this on signs in again asking for it.</source>
        <translation>Schreibgeschützte Verbindungen fordern nur %1 an. Änderungen (Blockierung aufheben, zuweisen, Gerätelimit) erfordern %2: Wenn Sie dies aktivieren, erfolgt eine erneute Anmeldung, die diese Berechtigung anfordert.</translation>
    </message>
    <message>
        <source>Forget the token of the live connection, in memory and in the keychain</source>
        <translation>Token der aktiven Verbindung im Arbeitsspeicher und im Schlüsselbund verwerfen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>The tenant Enrollment Desk works on; click to switch tenant</source>
        <translation>Der Mandant, mit dem Enrollment Desk arbeitet; klicken Sie, um den Mandanten zu wechseln</translation>
    </message>
    <message>
        <source>%1, last signed in as %2</source>
        <translation>%1, zuletzt angemeldet als %2</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>%1 ▾</source>
        <comment>connection button: live connection</comment>
        <translation>%1 ▾</translation>
    </message>
    <message>
        <source>Not signed in ▾</source>
        <translation>Nicht angemeldet ▾</translation>
    </message>
    <message>
        <source>Working on %1. Click to switch tenant.</source>
        <translation>Arbeitet mit %1. Klicken Sie, um den Mandanten zu wechseln.</translation>
    </message>
    <message>
        <source>Click to sign in</source>
        <translation>Zum Anmelden klicken</translation>
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
    <name>ed::DeploymentProfileModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Join type</source>
        <translation>Einbindungstyp</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Assigned devices</source>
        <translation>Zugewiesene Geräte</translation>
    </message>
    <message>
        <source>Group assignments</source>
        <translation>Gruppenzuweisungen</translation>
    </message>
    <message>
        <source>Microsoft Entra join</source>
        <translation>Microsoft Entra-Einbindung</translation>
    </message>
    <message>
        <source>Microsoft Entra hybrid join</source>
        <translation>Microsoft Entra-Hybrideinbindung</translation>
    </message>
    <message>
        <source>Unknown (no @odata.type)</source>
        <translation>Unbekannt (kein @odata.type)</translation>
    </message>
    <message>
        <source>Windows PC</source>
        <translation>Windows-PC</translation>
    </message>
    <message>
        <source>HoloLens</source>
        <translation>HoloLens</translation>
    </message>
    <message>
        <source>Surface Hub 2</source>
        <translation>Surface Hub 2</translation>
    </message>
    <message>
        <source>Surface Hub 2S</source>
        <translation>Surface Hub 2S</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtueller Computer</translation>
    </message>
    <message>
        <source>Unknown (unknownFutureValue)</source>
        <translation>Unbekannt (unknownFutureValue)</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht konfiguriert</translation>
    </message>
    <message>
        <source>Standard user</source>
        <translation>Standardbenutzer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>User-driven (single user)</source>
        <translation>Benutzergesteuert (einzelner Benutzer)</translation>
    </message>
    <message>
        <source>Self-deploying (shared)</source>
        <translation>Selbstbereitstellung (gemeinsam genutzt)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Operating system default</source>
        <translation>Betriebssystemstandard</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>The count could not be read.</source>
        <translation>Die Anzahl konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The assignments could not be read.</source>
        <translation>Die Zuweisungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The group names could not be read.</source>
        <translation>Die Gruppennamen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %Ln device(s)</source>
        <translation>
            <numerusform>%Ln Gerät zugewiesen</numerusform>
            <numerusform>%Ln Geräten zugewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>The assigned devices could not be counted: %1</source>
        <translation>Die zugewiesenen Geräte konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Counting the devices this profile is assigned to…</source>
        <translation>Die Geräte, denen dieses Profil zugewiesen ist, werden gezählt…</translation>
    </message>
    <message>
        <source>The assignments could not be read: %1</source>
        <translation>Die Zuweisungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the assignments…</source>
        <translation>Die Zuweisungen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the group names…</source>
        <translation>Die Gruppennamen werden gelesen…</translation>
    </message>
    <message>
        <source>Not assigned to any group</source>
        <translation>Keiner Gruppe zugewiesen</translation>
    </message>
    <message>
        <source>Group names could not be read: %1</source>
        <translation>Die Gruppennamen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ed::DeploymentProfilesView</name>
    <message>
        <source>Deployment profiles</source>
        <translation>Bereitstellungsprofile</translation>
    </message>
    <message>
        <source>Profile actions</source>
        <translation>Profilaktionen</translation>
    </message>
    <message>
        <source>Deployment profiles loading</source>
        <translation>Laden der Bereitstellungsprofile</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Cancel loading deployment profiles</source>
        <translation>Laden der Bereitstellungsprofile abbrechen</translation>
    </message>
    <message>
        <source>Deployment profiles status</source>
        <translation>Status der Bereitstellungsprofile</translation>
    </message>
    <message>
        <source>Load the deployment profiles again</source>
        <translation>Die Bereitstellungsprofile erneut laden</translation>
    </message>
    <message>
        <source>Current profile</source>
        <translation>Aktuelles Profil</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Assigned devices</source>
        <translation>Zugewiesene Geräte</translation>
    </message>
    <message>
        <source>Every setting of the profile, in readable form</source>
        <translation>Alle Einstellungen des Profils in lesbarer Form</translation>
    </message>
    <message>
        <source>The devices this profile is assigned to</source>
        <translation>Die Geräte, denen dieses Profil zugewiesen ist</translation>
    </message>
    <message>
        <source>Assign to devices…</source>
        <translation>Geräten zuweisen…</translation>
    </message>
    <message>
        <source>Pick devices and assign the current profile to them</source>
        <translation>Geräte auswählen und ihnen das aktuelle Profil zuweisen</translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation>Roh-JSON anzeigen</translation>
    </message>
    <message>
        <source>Show the current profile as Microsoft Graph sent it</source>
        <translation>Das aktuelle Profil so anzeigen, wie Microsoft Graph es gesendet hat</translation>
    </message>
    <message>
        <source>Copy profile ID</source>
        <translation>Profil-ID kopieren</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Spalten…</translation>
    </message>
    <message>
        <source>Assign the current profile to devices</source>
        <translation>Das aktuelle Profil Geräten zuweisen</translation>
    </message>
    <message>
        <source>Show the current profile&apos;s raw JSON</source>
        <translation>Das Roh-JSON des aktuellen Profils anzeigen</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Spalten auswählen</translation>
    </message>
    <message>
        <source>Not signed in. Sign in to a tenant (or start with --demo) to see its deployment profiles.</source>
        <translation>Nicht angemeldet. Melden Sie sich bei einem Mandanten an (oder starten Sie mit --demo), um seine Bereitstellungsprofile zu sehen.</translation>
    </message>
    <message>
        <source>Search profile name, description, join type, locale, group assignments</source>
        <translation>Profilname, Beschreibung, Einbindungstyp, Gebietsschema, Gruppenzuweisungen durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln profile(s)</source>
        <translation>
            <numerusform>%Ln Profil</numerusform>
            <numerusform>%Ln Profile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profile(s) (%1 shown)</source>
        <translation>
            <numerusform>%Ln Profil (%1 angezeigt)</numerusform>
            <numerusform>%Ln Profile (%1 angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>the assigned-device counts (%1)</source>
        <translation>die Anzahl der zugewiesenen Geräte (%1)</translation>
    </message>
    <message>
        <source>The deployment profiles could not be loaded: %1</source>
        <translation>Die Bereitstellungsprofile konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The table shows the profiles read before.</source>
        <translation>Die Tabelle zeigt die zuvor gelesenen Profile.</translation>
    </message>
    <message>
        <source>Loading deployment profiles…</source>
        <translation>Bereitstellungsprofile werden geladen…</translation>
    </message>
    <message>
        <source>Counting assigned devices: %1 of %2 profiles done</source>
        <translation>Zugewiesene Geräte werden gezählt: %1 von %2 Profilen erledigt</translation>
    </message>
    <message>
        <source>Reading group assignments. %1</source>
        <translation>Gruppenzuweisungen werden gelesen. %1</translation>
    </message>
    <message>
        <source>Assigned devices (%1)</source>
        <translation>Zugewiesene Geräte (%1)</translation>
    </message>
</context>
<context>
    <name>ed::DetailsForm</name>
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
</context>
<context>
    <name>ed::DeviceCodeSignIn</name>
    <message>
        <source>The sign-in service did not send a usable code; try again.</source>
        <translation>Der Anmeldedienst hat keinen verwendbaren Code gesendet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in service sent no access token; try again.</source>
        <translation>Der Anmeldedienst hat kein Zugriffstoken gesendet; versuchen Sie es erneut.</translation>
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
    <name>ed::EditLimitDialog</name>
    <message>
        <source>Edit device limit — %1</source>
        <extracomment>Window title; %1 is the configuration&apos;s name</extracomment>
        <translation>Gerätelimit bearbeiten — %1</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Current device limit</source>
        <translation>Aktuelles Gerätelimit</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>New device limit</source>
        <translation>Neues Gerätelimit</translation>
    </message>
    <message>
        <source>Devices a user can enroll, from %1 to %2</source>
        <translation>Geräte, die ein Benutzer registrieren kann, von %1 bis %2</translation>
    </message>
    <message>
        <source>devices per user</source>
        <translation>Geräte pro Benutzer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Current limit:</source>
        <translation>Aktuelles Limit:</translation>
    </message>
    <message>
        <source>Current limit</source>
        <translation>Aktuelles Limit</translation>
    </message>
    <message>
        <source>&amp;New limit:</source>
        <translation>&amp;Neues Limit:</translation>
    </message>
    <message>
        <source>New limit</source>
        <translation>Neues Limit</translation>
    </message>
    <message>
        <source>Where device limits apply</source>
        <translation>Wo Gerätelimits gelten</translation>
    </message>
    <message>
        <source>Device limits do not apply to Windows Autopilot, Microsoft Entra join (including bulk enrollment), co-management or Group Policy enrollments, nor to devices enrolled by device enrollment manager accounts.</source>
        <translation>Gerätelimits gelten nicht für Windows Autopilot, die Microsoft Entra-Einbindung (einschließlich Massenregistrierung), Co-Verwaltung oder Registrierungen per Gruppenrichtlinie und auch nicht für Geräte, die mit Konten von Geräteregistrierungs-Managern registriert wurden.</translation>
    </message>
    <message>
        <source>Permission needed</source>
        <translation>Berechtigung erforderlich</translation>
    </message>
    <message>
        <source>“%1” is not a device limit configuration, so it has no device limit to edit.</source>
        <translation>„%1“ ist keine Gerätelimitkonfiguration und hat daher kein Gerätelimit, das bearbeitet werden kann.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Saving the device limit</source>
        <translation>Gerätelimit wird gespeichert</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Why the device limit was not saved</source>
        <translation>Warum das Gerätelimit nicht gespeichert wurde</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>&amp;Details kopieren</translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation>Die Fehlerdetails kopieren</translation>
    </message>
    <message>
        <source>Copy the full error, with the request IDs Microsoft support asks for</source>
        <translation>Den vollständigen Fehler mit den Anforderungs-IDs kopieren, die der Microsoft-Support benötigt</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Save the device limit</source>
        <translation>Das Gerätelimit speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) per user</source>
        <translation>
            <numerusform>%n Gerät pro Benutzer</numerusform>
            <numerusform>%n Geräte pro Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>The device limit could not be sent: another change to this configuration is still running.</source>
        <translation>Das Gerätelimit konnte nicht gesendet werden: Eine andere Änderung an dieser Konfiguration wird noch ausgeführt.</translation>
    </message>
    <message>
        <source>Saving the device limit of %1…</source>
        <translation>Das Gerätelimit von %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>The device limit was saved, but reading the configuration back failed: %1 Refresh the list to see its version and last change.</source>
        <translation>Das Gerätelimit wurde gespeichert, aber die Konfiguration konnte nicht erneut gelesen werden: %1 Aktualisieren Sie die Liste, um ihre Version und letzte Änderung zu sehen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Only device limit configurations have a device limit</source>
        <translation>Nur Gerätelimitkonfigurationen haben ein Gerätelimit</translation>
    </message>
    <message>
        <source>Choose a limit other than the current one</source>
        <translation>Wählen Sie ein anderes Limit als das aktuelle</translation>
    </message>
    <message>
        <source>Save a device limit of %1</source>
        <translation>Ein Gerätelimit von %1 speichern</translation>
    </message>
</context>
<context>
    <name>ed::EnrollmentConfigurationModel</name>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Device limit</source>
        <translation>Gerätelimit</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Zuweisungen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>iOS/iPadOS</source>
        <translation>iOS/iPadOS</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Windows Phone</source>
        <translation>Windows Phone</translation>
    </message>
    <message>
        <source>Android device administrator</source>
        <translation>Android-Geräteadministrator</translation>
    </message>
    <message>
        <source>Android Enterprise (work profile)</source>
        <translation>Android Enterprise (Arbeitsprofil)</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Unknown (unknownFutureValue)</source>
        <translation>Unbekannt (unknownFutureValue)</translation>
    </message>
    <message>
        <source>Device platform restrictions</source>
        <translation>Einschränkungen für Geräteplattformen</translation>
    </message>
    <message>
        <source>Device platform restriction</source>
        <translation>Einschränkung für Geräteplattformen</translation>
    </message>
    <message>
        <source>Device platform restriction (%1)</source>
        <translation>Geräteplattformeinschränkung (%1)</translation>
    </message>
    <message>
        <source>Windows Hello for Business</source>
        <translation>Windows Hello for Business</translation>
    </message>
    <message>
        <source>Enrollment Status Page</source>
        <translation>Seite zum Registrierungsstatus</translation>
    </message>
    <message>
        <source>Co-management authority</source>
        <translation>Co-Verwaltungsautorität</translation>
    </message>
    <message>
        <source>Windows restore</source>
        <translation>Windows-Wiederherstellung</translation>
    </message>
    <message>
        <source>Enrollment notifications</source>
        <translation>Registrierungsbenachrichtigungen</translation>
    </message>
    <message>
        <source>no @odata.type</source>
        <translation>kein @odata.type</translation>
    </message>
    <message>
        <source>Other: %1 (%2)</source>
        <translation>Sonstige: %1 (%2)</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>Sonstige: %1</translation>
    </message>
    <message>
        <source>Default configuration: applies to all users and all devices at the lowest priority; it cannot be assigned, reordered or deleted.</source>
        <translation>Standardkonfiguration: gilt für alle Benutzer und alle Geräte mit der niedrigsten Priorität; sie kann nicht zugewiesen, neu angeordnet oder gelöscht werden.</translation>
    </message>
    <message>
        <source>The assignments could not be read.</source>
        <translation>Die Zuweisungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The group names could not be read.</source>
        <translation>Die Gruppennamen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>All users and all devices</source>
        <translation>Alle Benutzer und alle Geräte</translation>
    </message>
    <message>
        <source>The assignments could not be read: %1</source>
        <translation>Die Zuweisungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the assignments…</source>
        <translation>Die Zuweisungen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the group names…</source>
        <translation>Die Gruppennamen werden gelesen…</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Group names could not be read: %1</source>
        <translation>Die Gruppennamen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select a configuration first.</source>
        <translation>Wählen Sie zuerst eine Konfiguration aus.</translation>
    </message>
    <message>
        <source>Default configurations always apply last and cannot be reordered.</source>
        <translation>Standardkonfigurationen gelten immer zuletzt und können nicht neu angeordnet werden.</translation>
    </message>
    <message>
        <source>The app does not know how Intune orders configurations of this type.</source>
        <translation>Die App weiß nicht, wie Intune Konfigurationen dieses Typs anordnet.</translation>
    </message>
    <message>
        <source>“%1” already has the highest priority of its kind.</source>
        <translation>„%1“ hat bereits die höchste Priorität unter den Konfigurationen dieser Art.</translation>
    </message>
    <message>
        <source>“%1” already has the lowest priority of its kind; only the default comes after it.</source>
        <translation>„%1“ hat bereits die niedrigste Priorität unter den Konfigurationen dieser Art; nur die Standardkonfiguration folgt danach.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Priority %1: a user gets the configuration of this kind with the lowest number among those assigned to them.</source>
        <translation>Priorität %1: Ein Benutzer erhält von den ihm zugewiesenen Konfigurationen dieser Art diejenige mit der niedrigsten Nummer.</translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Only device limit configurations have a device limit.</source>
        <translation>Nur Gerätelimitkonfigurationen haben ein Gerätelimit.</translation>
    </message>
    <message>
        <source>Graph sent no device limit.</source>
        <translation>Graph hat kein Gerätelimit gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>A user may enroll at most %n device(s).</source>
        <translation>
            <numerusform>Ein Benutzer darf höchstens %n Gerät registrieren.</numerusform>
            <numerusform>Ein Benutzer darf höchstens %n Geräte registrieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorted by priority, the configurations appear as in Intune: by kind, the custom ones by priority, the default last.</source>
        <translation>Nach Priorität sortiert erscheinen die Konfigurationen wie in Intune: nach Art, die benutzerdefinierten nach Priorität, die Standardkonfiguration zuletzt.</translation>
    </message>
</context>
<context>
    <name>ed::EnrollmentConfigurationsView</name>
    <message>
        <source>Configuration actions</source>
        <translation>Konfigurationsaktionen</translation>
    </message>
    <message>
        <source>Enrollment configurations loading</source>
        <translation>Laden der Registrierungskonfigurationen</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Cancel loading enrollment configurations</source>
        <translation>Laden der Registrierungskonfigurationen abbrechen</translation>
    </message>
    <message>
        <source>Enrollment configurations status</source>
        <translation>Status der Registrierungskonfigurationen</translation>
    </message>
    <message>
        <source>Load the enrollment configurations again</source>
        <translation>Die Registrierungskonfigurationen erneut laden</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Enrollment configurations</source>
        <translation>Registrierungskonfigurationen</translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation>Die Fehlerdetails kopieren</translation>
    </message>
    <message>
        <source>Copy the full error, with the request IDs Microsoft support asks for</source>
        <translation>Den vollständigen Fehler mit den Anforderungs-IDs kopieren, die der Microsoft-Support benötigt</translation>
    </message>
    <message>
        <source>Edit device limit…</source>
        <translation>Gerätelimit bearbeiten…</translation>
    </message>
    <message>
        <source>Change how many devices a user may enroll</source>
        <translation>Ändern, wie viele Geräte ein Benutzer registrieren darf</translation>
    </message>
    <message>
        <source>Assignments…</source>
        <translation>Zuweisungen…</translation>
    </message>
    <message>
        <source>See and change who the configuration is assigned to</source>
        <translation>Anzeigen und ändern, wem die Konfiguration zugewiesen ist</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Give the configuration a higher priority (a lower number)</source>
        <translation>Der Konfiguration eine höhere Priorität geben (eine niedrigere Nummer)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Give the configuration a lower priority (a higher number)</source>
        <translation>Der Konfiguration eine niedrigere Priorität geben (eine höhere Nummer)</translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation>Roh-JSON anzeigen</translation>
    </message>
    <message>
        <source>Show the current configuration as Microsoft Graph sent it</source>
        <translation>Die aktuelle Konfiguration so anzeigen, wie Microsoft Graph sie gesendet hat</translation>
    </message>
    <message>
        <source>Copy configuration ID</source>
        <translation>Konfigurations-ID kopieren</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Spalten…</translation>
    </message>
    <message>
        <source>Edit the device limit of the current configuration</source>
        <translation>Das Gerätelimit der aktuellen Konfiguration bearbeiten</translation>
    </message>
    <message>
        <source>Assignments of the current configuration</source>
        <translation>Zuweisungen der aktuellen Konfiguration</translation>
    </message>
    <message>
        <source>Move the current configuration up</source>
        <translation>Die aktuelle Konfiguration nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the current configuration down</source>
        <translation>Die aktuelle Konfiguration nach unten verschieben</translation>
    </message>
    <message>
        <source>Show the current configuration&apos;s raw JSON</source>
        <translation>Das Roh-JSON der aktuellen Konfiguration anzeigen</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Spalten auswählen</translation>
    </message>
    <message>
        <source>Not signed in. Sign in to a tenant (or start with --demo) to see its enrollment configurations.</source>
        <translation>Nicht angemeldet. Melden Sie sich bei einem Mandanten an (oder starten Sie mit --demo), um seine Registrierungskonfigurationen zu sehen.</translation>
    </message>
    <message>
        <source>Search configuration name, type, assignments, description</source>
        <translation>Konfigurationsname, Typ, Zuweisungen, Beschreibung durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln configuration(s)</source>
        <translation>
            <numerusform>%Ln Konfiguration</numerusform>
            <numerusform>%Ln Konfigurationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln configuration(s) (%1 shown)</source>
        <translation>
            <numerusform>%Ln Konfiguration (%1 angezeigt)</numerusform>
            <numerusform>%Ln Konfigurationen (%1 angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>The enrollment configurations could not be loaded: %1</source>
        <translation>Die Registrierungskonfigurationen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The table shows the configurations read before.</source>
        <translation>Die Tabelle zeigt die zuvor gelesenen Konfigurationen.</translation>
    </message>
    <message>
        <source>Moving “%1” to priority %2…</source>
        <translation>„%1“ wird auf Priorität %2 verschoben…</translation>
    </message>
    <message>
        <source>Loading enrollment configurations…</source>
        <translation>Registrierungskonfigurationen werden geladen…</translation>
    </message>
    <message>
        <source>Reading assignments…</source>
        <translation>Zuweisungen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading group names…</source>
        <translation>Gruppennamen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the configurations again after moving “%1”…</source>
        <translation>Die Konfigurationen werden nach dem Verschieben von „%1“ erneut gelesen…</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Select a configuration first.</source>
        <translation>Wählen Sie zuerst eine Konfiguration aus.</translation>
    </message>
    <message>
        <source>Wait until the priority change has finished.</source>
        <translation>Warten Sie, bis die Prioritätsänderung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Only device limit configurations have a device limit.</source>
        <translation>Nur Gerätelimitkonfigurationen haben ein Gerätelimit.</translation>
    </message>
    <message>
        <source>Default configurations apply to all users and all devices and cannot be assigned.</source>
        <translation>Standardkonfigurationen gelten für alle Benutzer und alle Geräte und können nicht zugewiesen werden.</translation>
    </message>
    <message>
        <source>Shows the assignments read-only. %1</source>
        <translation>Zeigt die Zuweisungen schreibgeschützt an. %1</translation>
    </message>
    <message>
        <source>“%1” could not be moved: another change is still being written, or the new priority is not valid.</source>
        <translation>„%1“ konnte nicht verschoben werden: Eine andere Änderung wird noch geschrieben, oder die neue Priorität ist ungültig.</translation>
    </message>
    <message>
        <source>“%1” moved to priority %2.</source>
        <translation>„%1“ auf Priorität %2 verschoben.</translation>
    </message>
    <message>
        <source>The change was made, but the configuration could not be read back: %1</source>
        <translation>Die Änderung wurde vorgenommen, aber die Konfiguration konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>“%1” could not be moved: %2</source>
        <translation>„%1“ konnte nicht verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>ed::GroupPicker</name>
    <message>
        <source>Find groups</source>
        <translation>Gruppen suchen</translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation>Gruppen nach Namen durchsuchen</translation>
    </message>
    <message>
        <source>Finds groups whose name contains the words typed; Enter searches at once</source>
        <translation>Findet Gruppen, deren Name die eingegebenen Wörter enthält; die Eingabetaste sucht sofort</translation>
    </message>
    <message>
        <source>How groups are searched</source>
        <translation>Wie Gruppen gesucht werden</translation>
    </message>
    <message>
        <source>Searching names that start with the text (this tenant does not support full-text search).</source>
        <translation>Es werden Namen gesucht, die mit dem Text beginnen (dieser Mandant unterstützt keine Volltextsuche).</translation>
    </message>
    <message>
        <source>Groups found</source>
        <translation>Gefundene Gruppen</translation>
    </message>
    <message>
        <source>Group search status</source>
        <translation>Status der Gruppensuche</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Load more groups</source>
        <translation>Weitere Gruppen laden</translation>
    </message>
    <message>
        <source>Load the next page of groups (scrolling to the end does the same)</source>
        <translation>Die nächste Seite mit Gruppen laden (Scrollen bis zum Ende bewirkt dasselbe)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Einschließen</translation>
    </message>
    <message>
        <source>Include the selected groups</source>
        <translation>Die ausgewählten Gruppen einschließen</translation>
    </message>
    <message>
        <source>Assign the configuration to the selected groups</source>
        <translation>Die Konfiguration den ausgewählten Gruppen zuweisen</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Exclude the selected groups</source>
        <translation>Die ausgewählten Gruppen ausschließen</translation>
    </message>
    <message>
        <source>Exclude the selected groups from the configuration</source>
        <translation>Die ausgewählten Gruppen von der Konfiguration ausschließen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln group(s).</source>
        <translation>
            <numerusform>%Ln Gruppe angezeigt.</numerusform>
            <numerusform>%Ln Gruppen angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter in the search field to try again.</source>
        <translation>Drücken Sie im Suchfeld die Eingabetaste, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The directory has no groups.</source>
        <translation>Das Verzeichnis enthält keine Gruppen.</translation>
    </message>
    <message>
        <source>No group matches “%1”.</source>
        <translation>Keine Gruppe entspricht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln group(s)</source>
        <translation>
            <numerusform>%1 von %Ln Gruppe angezeigt</numerusform>
            <numerusform>%1 von %Ln Gruppen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln group(s); more are available</source>
        <translation>
            <numerusform>%Ln Gruppe angezeigt; weitere sind verfügbar</numerusform>
            <numerusform>%Ln Gruppen angezeigt; weitere sind verfügbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln group(s)</source>
        <translation>
            <numerusform>%Ln Gruppe angezeigt</numerusform>
            <numerusform>%Ln Gruppen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>loading more…</source>
        <translation>weitere werden geladen…</translation>
    </message>
</context>
<context>
    <name>ed::GroupSearchModel</name>
    <message>
        <source>Membership rule: %1</source>
        <translation>Mitgliedschaftsregel: %1</translation>
    </message>
    <message>
        <source>Object ID: %1</source>
        <translation>Objekt-ID: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>Mail-enabled security</source>
        <translation>E-Mail-aktivierte Sicherheit</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1, dynamic</source>
        <translation>%1, dynamisch</translation>
    </message>
</context>
<context>
    <name>ed::KeychainVault</name>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1): sign-in tokens are kept in memory only and you will sign in again after restarting.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar (%1): Anmeldetoken werden nur im Arbeitsspeicher gehalten, und Sie müssen sich nach einem Neustart erneut anmelden.</translation>
    </message>
    <message>
        <source>The sign-in was not saved in the system keychain because it refused access (%1): unlock the keychain to stay signed in after restarting.</source>
        <translation>Die Anmeldung wurde nicht im Systemschlüsselbund gespeichert, da dieser den Zugriff verweigert hat (%1): Entsperren Sie den Schlüsselbund, um nach einem Neustart angemeldet zu bleiben.</translation>
    </message>
    <message>
        <source>The saved sign-in is in the system keychain, which is locked: unlock the keychain and try again, or sign in again.</source>
        <translation>Die gespeicherte Anmeldung befindet sich im Systemschlüsselbund, der gesperrt ist: Entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The system keychain refused to give the saved sign-in (%1): unlock the keychain, or sign in again.</source>
        <translation>Der Systemschlüsselbund hat die Herausgabe der gespeicherten Anmeldung verweigert (%1): Entsperren Sie den Schlüsselbund, oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The saved sign-in is still in the system keychain, which is locked: unlock the keychain and sign out again, or delete the entry “%1” of “%2” with the keychain manager.</source>
        <translation>Die gespeicherte Anmeldung befindet sich noch im Systemschlüsselbund, der gesperrt ist: Entsperren Sie den Schlüsselbund und melden Sie sich erneut ab, oder löschen Sie den Eintrag „%1“ von „%2“ mit der Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the system keychain (%1). It is forgotten for this session; delete the entry “%2” of “%3” with the keychain manager.</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus dem Systemschlüsselbund entfernt werden (%1). Sie wird für diese Sitzung verworfen; löschen Sie den Eintrag „%2“ von „%3“ mit der Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the system keychain (%1): unlock the keychain and sign out again, or delete the entry “%2” of “%3” with the keychain manager.</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus dem Systemschlüsselbund entfernt werden (%1): Entsperren Sie den Schlüsselbund und melden Sie sich erneut ab, oder löschen Sie den Eintrag „%2“ von „%3“ mit der Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 seconds</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
</context>
<context>
    <name>ed::LoopbackListener</name>
    <message>
        <source>The sign-in listener could not open a port on 127.0.0.1: %1.</source>
        <translation>Der Anmeldelistener konnte keinen Port auf 127.0.0.1 öffnen: %1.</translation>
    </message>
    <message>
        <source>The sign-in listener could not open port %1: %2.</source>
        <translation>Der Anmeldelistener konnte Port %1 nicht öffnen: %2.</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation>Die Anforderung hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation>Die Anforderung war zu groß.</translation>
    </message>
    <message>
        <source>The request could not be read.</source>
        <translation>Die Anforderung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Only GET requests are answered here.</source>
        <translation>Hier werden nur GET-Anforderungen beantwortet.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>This address only receives the answer of a Microsoft sign-in.</source>
        <translation>Diese Adresse empfängt nur die Antwort einer Microsoft-Anmeldung.</translation>
    </message>
    <message>
        <source>The answer does not belong to the sign-in %1 started, so it was not used.</source>
        <translation>Die Antwort gehört nicht zu der von %1 gestarteten Anmeldung, daher wurde sie nicht verwendet.</translation>
    </message>
    <message>
        <source>You are signed in.</source>
        <translation>Sie sind angemeldet.</translation>
    </message>
    <message>
        <source>You can close this tab and return to %1.</source>
        <translation>Sie können diese Registerkarte schließen und zu %1 zurückkehren.</translation>
    </message>
    <message>
        <source>Return to %1 for details.</source>
        <translation>Details finden Sie in %1.</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ed::MainWindow</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
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
    <message>
        <source>The device is not in the device list yet: refresh it (F5).</source>
        <translation>Das Gerät ist noch nicht in der Geräteliste: Aktualisieren Sie sie (F5).</translation>
    </message>
    <message>
        <source>Token storage notice</source>
        <translation>Hinweis zur Tokenspeicherung</translation>
    </message>
    <message>
        <source>Enrollment Desk — %1: %2 (%3)</source>
        <comment>connection name, tenant, cloud</comment>
        <translation>Enrollment Desk — %1: %2 (%3)</translation>
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
    <name>ed::ProfileAssignJob</name>
    <message>
        <source>Not assigned: cancelled before Microsoft Graph accepted the request.</source>
        <translation>Nicht zugewiesen: abgebrochen, bevor Microsoft Graph die Anforderung angenommen hat.</translation>
    </message>
    <message>
        <source>No answer from Microsoft Graph: the assignment may or may not have been applied.</source>
        <translation>Keine Antwort von Microsoft Graph: Ob die Zuweisung übernommen wurde, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>No answer from Microsoft Graph: the assignment may or may not have been applied. %1</source>
        <extracomment>%1 is the technical reason, a full sentence (&quot;Microsoft Graph closed the connection unexpectedly: …&quot;)</extracomment>
        <translation>Keine Antwort von Microsoft Graph: Ob die Zuweisung übernommen wurde, ist nicht bekannt. %1</translation>
    </message>
    <message>
        <source>This device is no longer registered in Windows Autopilot (it was removed after the list was loaded).</source>
        <translation>Dieses Gerät ist nicht mehr in Windows Autopilot registriert (es wurde nach dem Laden der Liste entfernt).</translation>
    </message>
    <message>
        <source>The deployment profile “%1” no longer exists in Intune (it was deleted after the list was loaded).</source>
        <translation>Das Bereitstellungsprofil „%1“ existiert in Intune nicht mehr (es wurde nach dem Laden der Liste gelöscht).</translation>
    </message>
    <message>
        <source>Not sent: the deployment profile “%1” no longer exists in Intune.</source>
        <translation>Nicht gesendet: Das Bereitstellungsprofil „%1“ existiert in Intune nicht mehr.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A status this version does not know: &quot;Other (newStatus)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The profile status, then why: &quot;Failed: Hardware requirements not met&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Profile “%1” (replaces “%2”)</source>
        <extracomment>Activity detail of a profile assignment: the new profile, and the one it replaces</extracomment>
        <translation>Profil „%1“ (ersetzt „%2“)</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <extracomment>Activity detail of a profile assignment</extracomment>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <source>Assign profile</source>
        <translation>Profil zuweisen</translation>
    </message>
    <message>
        <source>No longer registered in Windows Autopilot</source>
        <translation>Nicht mehr in Windows Autopilot registriert</translation>
    </message>
    <message numerus="yes">
        <source>Still pending after %n s</source>
        <translation>
            <numerusform>Nach %n s noch ausstehend</numerusform>
            <numerusform>Nach %n s noch ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still pending after %n min</source>
        <translation>
            <numerusform>Nach %n min noch ausstehend</numerusform>
            <numerusform>Nach %n min noch ausstehend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::ProfileAssignResultsDialog</name>
    <message>
        <source>Assign deployment profile</source>
        <translation>Bereitstellungsprofil zuweisen</translation>
    </message>
    <message>
        <source>Assign “%1”</source>
        <extracomment>Window title: the deployment profile&apos;s name</extracomment>
        <translation>„%1“ zuweisen</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %Ln device(s)…</source>
        <translation>
            <numerusform>Erneuter Versuch für %Ln Gerät…</numerusform>
            <numerusform>Erneuter Versuch für %Ln Geräte…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigning “%1” to %Ln device(s)…</source>
        <translation>
            <numerusform>„%1“ wird %Ln Gerät zugewiesen…</numerusform>
            <numerusform>„%1“ wird %Ln Geräten zugewiesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for Intune to apply the profile: %1 of %2 assigned.</source>
        <translation>Warten, bis Intune das Profil übernimmt: %1 von %2 zugewiesen.</translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n s.</source>
        <translation>
            <numerusform>Nächste Prüfung in %n s.</numerusform>
            <numerusform>Nächste Prüfung in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Assignment cancelled</source>
        <translation>Zuweisung abgebrochen</translation>
    </message>
    <message>
        <source>Assignment finished</source>
        <translation>Zuweisung abgeschlossen</translation>
    </message>
    <message>
        <source>“%1” was assigned to %2. Intune reports: %3.</source>
        <translation>„%1“ wurde %2 zugewiesen. Intune meldet: %3.</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>“%1” was not assigned to %2. %3</source>
        <translation>„%1“ wurde %2 nicht zugewiesen. %3</translation>
    </message>
    <message>
        <source>“%1” was not assigned to %2: the request was not sent.</source>
        <translation>„%1“ wurde %2 nicht zugewiesen: Die Anforderung wurde nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was assigned to all %Ln device(s).</source>
        <translation>
            <numerusform>„%1“ wurde %Ln Gerät zugewiesen.</numerusform>
            <numerusform>„%1“ wurde allen %Ln Geräten zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 assigned, %2 failed.</source>
        <translation>%1 zugewiesen, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 assigned, %2 failed, %3 not sent.</source>
        <translation>%1 zugewiesen, %2 fehlgeschlagen, %3 nicht gesendet.</translation>
    </message>
    <message>
        <source>Intune reports the profile assigned on every one of them.</source>
        <translation>Intune meldet das Profil für alle als zugewiesen.</translation>
    </message>
    <message>
        <source>Intune reports %1 of them assigned; %2 are still pending (Intune may take several minutes: refresh the device list later).</source>
        <translation>Intune meldet %1 davon als zugewiesen; %2 stehen noch aus (Intune kann mehrere Minuten benötigen: Aktualisieren Sie die Geräteliste später).</translation>
    </message>
</context>
<context>
    <name>ed::ProfileDetailsPane</name>
    <message>
        <source>Deployment profile settings</source>
        <translation>Einstellungen des Bereitstellungsprofils</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>Kein Profil ausgewählt</translation>
    </message>
    <message>
        <source>Select a deployment profile to see all its settings.</source>
        <translation>Wählen Sie ein Bereitstellungsprofil aus, um alle seine Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Raw JSON…</source>
        <translation>Roh-JSON…</translation>
    </message>
    <message>
        <source>Show the profile&apos;s JSON as Microsoft Graph sent it</source>
        <translation>Das JSON des Profils so anzeigen, wie Microsoft Graph es gesendet hat</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Join type</source>
        <translation>Einbindungstyp</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Language (region)</source>
        <translation>Sprache (Region)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Assigned devices</source>
        <translation>Zugewiesene Geräte</translation>
    </message>
    <message>
        <source>Group assignments</source>
        <translation>Gruppenzuweisungen</translation>
    </message>
    <message>
        <source>Profile ID</source>
        <translation>Profil-ID</translation>
    </message>
    <message>
        <source>Management service app ID</source>
        <translation>App-ID des Verwaltungsdiensts</translation>
    </message>
    <message>
        <source>Device name and registration</source>
        <translation>Gerätename und Registrierung</translation>
    </message>
    <message>
        <source>Device name template</source>
        <translation>Vorlage für Gerätenamen</translation>
    </message>
    <message>
        <source>Pre-provisioning (white glove) allowed</source>
        <translation>Vorabbereitstellung (White Glove) zulässig</translation>
    </message>
    <message>
        <source>Convert all targeted devices to Autopilot</source>
        <translation>Alle Zielgeräte in Autopilot konvertieren</translation>
    </message>
    <message>
        <source>Microsoft Entra hybrid join</source>
        <translation>Microsoft Entra-Hybrideinbindung</translation>
    </message>
    <message>
        <source>Skip Active Directory connectivity check</source>
        <translation>Active Directory-Konnektivitätsprüfung überspringen</translation>
    </message>
    <message>
        <source>Scope tags and other values</source>
        <translation>Bereichsmarkierungen und weitere Werte</translation>
    </message>
    <message>
        <source>Scope tags</source>
        <translation>Bereichsmarkierungen</translation>
    </message>
    <message>
        <source>Values not recognised</source>
        <translation>Nicht erkannte Werte</translation>
    </message>
    <message>
        <source>Out-of-box experience (OOBE)</source>
        <translation>Out-of-Box-Experience (OOBE)</translation>
    </message>
    <message>
        <source>Where the OOBE settings come from</source>
        <translation>Herkunft der OOBE-Einstellungen</translation>
    </message>
    <message>
        <source>Deployment mode</source>
        <translation>Bereitstellungsmodus</translation>
    </message>
    <message>
        <source>User account type</source>
        <translation>Benutzerkontotyp</translation>
    </message>
    <message>
        <source>Privacy settings</source>
        <translation>Datenschutzeinstellungen</translation>
    </message>
    <message>
        <source>Microsoft Software License Terms</source>
        <translation>Microsoft-Software-Lizenzbedingungen</translation>
    </message>
    <message>
        <source>Keyboard selection page</source>
        <translation>Seite zur Tastaturauswahl</translation>
    </message>
    <message>
        <source>Change account options (escape link)</source>
        <translation>Kontooptionen ändern (Escape-Link)</translation>
    </message>
    <message>
        <source>Enrollment Status Page</source>
        <translation>Seite zum Registrierungsstatus</translation>
    </message>
    <message>
        <source>Hide installation progress</source>
        <translation>Installationsfortschritt ausblenden</translation>
    </message>
    <message>
        <source>Allow use before profile and apps are installed</source>
        <translation>Verwendung vor der Installation von Profil und Apps zulassen</translation>
    </message>
    <message>
        <source>Block device setup retry by the user</source>
        <translation>Wiederholung der Geräteeinrichtung durch den Benutzer blockieren</translation>
    </message>
    <message>
        <source>Allow log collection on installation failure</source>
        <translation>Protokollsammlung bei Installationsfehler zulassen</translation>
    </message>
    <message>
        <source>Allow use on installation failure</source>
        <translation>Verwendung bei Installationsfehler zulassen</translation>
    </message>
    <message>
        <source>Installation timeout</source>
        <translation>Zeitlimit für die Installation</translation>
    </message>
    <message>
        <source>Custom error message</source>
        <translation>Benutzerdefinierte Fehlermeldung</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht konfiguriert</translation>
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
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not applicable (not a hybrid join profile)</source>
        <translation>Nicht zutreffend (kein Profil für Microsoft Entra-Hybrideinbindung)</translation>
    </message>
    <message>
        <source>Default (0)</source>
        <translation>Standard (0)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <source>%1 (from the deprecated outOfBoxExperienceSettings)</source>
        <translation>%1 (aus den veralteten outOfBoxExperienceSettings)</translation>
    </message>
    <message>
        <source>This profile reports only the deprecated outOfBoxExperienceSettings; the settings below are read from it.</source>
        <translation>Dieses Profil meldet nur die veralteten outOfBoxExperienceSettings; die folgenden Einstellungen werden daraus gelesen.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>The profile reports no out-of-box experience settings.</source>
        <translation>Das Profil meldet keine Out-of-Box-Experience-Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::ProfileLoader</name>
    <message>
        <source>Not read: loading was cancelled.</source>
        <translation>Nicht gelesen: Das Laden wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ed::RawJsonDialog</name>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>Raw JSON — %1</source>
        <translation>Roh-JSON — %1</translation>
    </message>
    <message>
        <source>JSON as Microsoft Graph sent it</source>
        <translation>JSON, wie Microsoft Graph es gesendet hat</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the JSON to the clipboard</source>
        <translation>Das JSON in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied %1 characters.</source>
        <translation>%1 Zeichen kopiert.</translation>
    </message>
</context>
<context>
    <name>ed::RefreshingTokenSource</name>
    <message>
        <source>The sign-in has no refresh token any more. Sign in again.</source>
        <translation>Die Anmeldung hat kein Aktualisierungstoken mehr. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in service answered without an access token.</source>
        <translation>Der Anmeldedienst hat ohne Zugriffstoken geantwortet.</translation>
    </message>
</context>
<context>
    <name>ed::SignInController</name>
    <message>
        <source>browser sign-in</source>
        <translation>Anmeldung im Browser</translation>
    </message>
    <message>
        <source>device code sign-in</source>
        <translation>Anmeldung mit Gerätecode</translation>
    </message>
    <message>
        <source>app registration with a client secret</source>
        <translation>App-Registrierung mit geheimem Clientschlüssel</translation>
    </message>
    <message>
        <source>app registration with a certificate</source>
        <translation>App-Registrierung mit Zertifikat</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>der eingefügte Text</translation>
    </message>
    <message>
        <source>This access token expired at %1. Get a new one, or use another sign-in method.</source>
        <translation>Dieses Zugriffstoken ist am %1 abgelaufen. Besorgen Sie ein neues, oder verwenden Sie eine andere Anmeldemethode.</translation>
    </message>
    <message>
        <source>Sign in to %1 to continue.</source>
        <translation>Melden Sie sich bei %1 an, um fortzufahren.</translation>
    </message>
    <message>
        <source>The saved sign-in to %1 is no longer valid (%2). Sign in again.</source>
        <translation>Die gespeicherte Anmeldung bei %1 ist nicht mehr gültig (%2). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The token is for tenant %1, not for %2 as the connection says. Check the connection&apos;s tenant, or sign in with an account of that tenant.</source>
        <translation>Das Token gilt für den Mandanten %1, nicht für %2, wie in der Verbindung angegeben. Überprüfen Sie den Mandanten der Verbindung, oder melden Sie sich mit einem Konto dieses Mandanten an.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ed::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to a tenant</source>
        <translation>Bei einem Mandanten anmelden</translation>
    </message>
    <message>
        <source>Where sign-ins are kept</source>
        <translation>Wo Anmeldungen gespeichert werden</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>&amp;Verbindungen:</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Add a connection to another tenant</source>
        <translation>Verbindung zu einem anderen Mandanten hinzufügen</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <source>Contoso production</source>
        <translation>Contoso Produktion</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or tenant ID</source>
        <translation>contoso.onmicrosoft.com oder Mandanten-ID</translation>
    </message>
    <message>
        <source>The tenant&apos;s domain (contoso.onmicrosoft.com) or its tenant ID (a GUID)</source>
        <translation>Die Domäne des Mandanten (contoso.onmicrosoft.com) oder seine Mandanten-ID (eine GUID)</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>Mandan&amp;t:</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Tokens of one cloud do not work in another: choose the cloud the tenant lives in</source>
        <translation>Token einer Cloud funktionieren nicht in einer anderen: Wählen Sie die Cloud aus, in der sich der Mandant befindet</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation>Met&amp;hode:</translation>
    </message>
    <message>
        <source>About the sign-in method</source>
        <translation>Zur Anmeldemethode</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The application (client) ID of the app registration to sign in with</source>
        <translation>Die Anwendungs-ID (Client-ID) der App-Registrierung, mit der die Anmeldung erfolgt</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>Stan&amp;dard</translation>
    </message>
    <message>
        <source>Use the default client ID</source>
        <translation>Standard-Client-ID verwenden</translation>
    </message>
    <message>
        <source>Use Microsoft Graph Command Line Tools (%1)</source>
        <translation>Microsoft Graph Command Line Tools (%1) verwenden</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client ID in Azure China</source>
        <translation>Client-ID in Azure China</translation>
    </message>
    <message>
        <source>Microsoft&apos;s global apps are not available in Azure China; use your own app registration.</source>
        <translation>Die globalen Apps von Microsoft sind in Azure China nicht verfügbar; verwenden Sie Ihre eigene App-Registrierung.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>N&amp;ur Lesen</translation>
    </message>
    <message>
        <source>Read-only access</source>
        <translation>Schreibgeschützter Zugriff</translation>
    </message>
    <message>
        <source>Read and &amp;write</source>
        <translation>Lesen und &amp;Schreiben</translation>
    </message>
    <message>
        <source>Read and write access</source>
        <translation>Lese- und Schreibzugriff</translation>
    </message>
    <message>
        <source>What read-only asks for</source>
        <translation>Was „Nur Lesen“ anfordert</translation>
    </message>
    <message>
        <source>Least privilege: see devices, profiles and settings, change nothing. Asks for %1.</source>
        <translation>Geringste Berechtigung: Geräte, Profile und Einstellungen anzeigen, nichts ändern. Fordert %1 an.</translation>
    </message>
    <message>
        <source>What read and write asks for</source>
        <translation>Was „Lesen und Schreiben“ anfordert</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Zugriff:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <source>A PEM file (certificate and private key) or a PFX file</source>
        <translation>Eine PEM-Datei (Zertifikat und privater Schlüssel) oder eine PFX-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Zertifikatdatei auswählen</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation>Ze&amp;rtifikat:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Zertifikatkennwort</translation>
    </message>
    <message>
        <source>Only for a protected PFX or an encrypted key</source>
        <translation>Nur für eine geschützte PFX-Datei oder einen verschlüsselten Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>The secret&apos;s value, not its ID</source>
        <translation>Der Wert des geheimen Schlüssels, nicht seine ID</translation>
    </message>
    <message>
        <source>Used for this sign-in only: never saved</source>
        <translation>Wird nur für diese Anmeldung verwendet: niemals gespeichert</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Geheimer Clients&amp;chlüssel:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Paste an access token for Microsoft Graph (eyJ…); it is used until it expires and never saved</source>
        <translation>Fügen Sie ein Zugriffstoken für Microsoft Graph ein (eyJ…); es wird bis zu seinem Ablauf verwendet und niemals gespeichert</translation>
    </message>
    <message>
        <source>Load from fil&amp;e…</source>
        <translation>Aus Dat&amp;ei laden…</translation>
    </message>
    <message>
        <source>Load the access token from a file</source>
        <translation>Zugriffstoken aus einer Datei laden</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>Tokendatei</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Zugriffsto&amp;ken:</translation>
    </message>
    <message>
        <source>What the connection still needs</source>
        <translation>Was der Verbindung noch fehlt</translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation>Anmeldefortschritt</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Anmeldung im Browser</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>Link kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>Anmeldelink kopieren</translation>
    </message>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>Browser erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Browser erneut öffnen</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <source>Device code sign-in</source>
        <translation>Anmeldung mit Gerätecode</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Vorgehensweise</translation>
    </message>
    <message>
        <source>On any device, open the address below, enter the code and sign in:</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät die folgende Adresse, geben Sie den Code ein, und melden Sie sich an:</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Einzugebender Code</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>Code kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Address to open</source>
        <translation>Zu öffnende Adresse</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>O&amp;pen in browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the address in the browser</source>
        <translation>Adresse im Browser öffnen</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Demomandant</translation>
    </message>
    <message>
        <source>The demo tenant approves the code by itself in a few seconds: there is nothing to type.</source>
        <translation>Der Demomandant bestätigt den Code nach wenigen Sekunden selbst: Sie müssen nichts eingeben.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Why the sign-in failed</source>
        <translation>Warum die Anmeldung fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>&amp;View details</source>
        <translation>Details an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the error details</source>
        <translation>Fehlerdetails anzeigen</translation>
    </message>
    <message>
        <source>Cop&amp;y details</source>
        <translation>Details kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation>Die Fehlerdetails kopieren</translation>
    </message>
    <message>
        <source>Copy the full error, with the codes and request IDs Microsoft support asks for</source>
        <translation>Den vollständigen Fehler mit den Codes und Anforderungs-IDs kopieren, die der Microsoft-Support anfordert</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the address instead.</source>
        <translation>Es konnte kein Browser geöffnet werden: Kopieren Sie stattdessen die Adresse.</translation>
    </message>
    <message>
        <source>Hide det&amp;ails</source>
        <translation>Det&amp;ails ausblenden</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1 (signed in)</source>
        <translation>%1 (angemeldet)</translation>
    </message>
    <message>
        <source>Last signed in as %1</source>
        <translation>Zuletzt angemeldet als %1</translation>
    </message>
    <message>
        <source>Signed in now</source>
        <translation>Jetzt angemeldet</translation>
    </message>
    <message>
        <source>Delete the connection “%1”?</source>
        <translation>Verbindung „%1“ löschen?</translation>
    </message>
    <message>
        <source>You are signed in to it now: that session stays until you sign out. Its saved sign-in is removed; the tenant itself is not changed.</source>
        <translation>Sie sind derzeit damit angemeldet: Diese Sitzung bleibt bestehen, bis Sie sich abmelden. Die gespeicherte Anmeldung wird entfernt; der Mandant selbst wird nicht geändert.</translation>
    </message>
    <message>
        <source>Its saved sign-in is removed too; the tenant itself is not changed.</source>
        <translation>Die gespeicherte Anmeldung wird ebenfalls entfernt; der Mandant selbst wird nicht geändert.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Keep the connection</source>
        <translation>Verbindung behalten</translation>
    </message>
    <message>
        <source>Choose a connection, or add one with New.</source>
        <translation>Wählen Sie eine Verbindung aus, oder fügen Sie mit „Neu“ eine hinzu.</translation>
    </message>
    <message>
        <source>Enter the client secret of the app registration.</source>
        <translation>Geben Sie den geheimen Clientschlüssel der App-Registrierung ein.</translation>
    </message>
    <message>
        <source>Paste an access token, or load it from a file.</source>
        <translation>Fügen Sie ein Zugriffstoken ein, oder laden Sie es aus einer Datei.</translation>
    </message>
    <message>
        <source>Your browser opens on the Microsoft sign-in page; come back here when it says so.</source>
        <translation>Ihr Browser öffnet die Microsoft-Anmeldeseite; kehren Sie hierher zurück, sobald Sie dazu aufgefordert werden.</translation>
    </message>
    <message>
        <source>Sign in on any device (a phone, another computer) with a code shown here.</source>
        <translation>Melden Sie sich auf einem beliebigen Gerät (einem Telefon, einem anderen Computer) mit einem hier angezeigten Code an.</translation>
    </message>
    <message>
        <source>App-only: the app registration signs in as itself. The API permissions granted to it decide what can be done.</source>
        <translation>Nur App: Die App-Registrierung meldet sich als sie selbst an. Die ihr erteilten API-Berechtigungen bestimmen, was möglich ist.</translation>
    </message>
    <message>
        <source>A token obtained elsewhere, used until it expires; it cannot be renewed. Its permissions decide what can be done.</source>
        <translation>Ein anderweitig bezogenes Token, das bis zu seinem Ablauf verwendet wird; es kann nicht erneuert werden. Seine Berechtigungen bestimmen, was möglich ist.</translation>
    </message>
    <message>
        <source>The demo tenant is built in and cannot be deleted</source>
        <translation>Der Demomandant ist integriert und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete the selected connection</source>
        <translation>Ausgewählte Verbindung löschen</translation>
    </message>
    <message>
        <source>Stop this sign-in and return to the form</source>
        <translation>Diese Anmeldung beenden und zum Formular zurückkehren</translation>
    </message>
    <message>
        <source>Close without signing in</source>
        <translation>Ohne Anmeldung schließen</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>No keychain is available: sign-ins are kept in memory only, so you will sign in again after restarting.</source>
        <translation>Es ist kein Schlüsselbund verfügbar: Anmeldungen werden nur im Arbeitsspeicher gehalten, daher müssen Sie sich nach einem Neustart erneut anmelden.</translation>
    </message>
    <message>
        <source>Continue in your browser: sign in there, then come back here. The sign-in finishes by itself.</source>
        <translation>Fahren Sie in Ihrem Browser fort: Melden Sie sich dort an, und kehren Sie dann hierher zurück. Die Anmeldung wird automatisch abgeschlossen.</translation>
    </message>
    <message>
        <source>Asking for a sign-in code…</source>
        <translation>Anmeldecode wird angefordert…</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>Der Code ist abgelaufen.</translation>
    </message>
    <message>
        <source>The code expires in %1</source>
        <translation>Der Code läuft in %1 ab</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this link in a browser yourself (or copy it), sign in there, then come back here:</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diesen Link selbst in einem Browser (oder kopieren Sie ihn), melden Sie sich dort an, und kehren Sie dann hierher zurück:</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Choose the app registration&apos;s certificate</source>
        <translation>Zertifikat der App-Registrierung auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.pfx *.p12 *.crt *.key);;PEM files (*.pem *.crt *.key);;PFX files (*.pfx *.p12);;All files (*)</source>
        <translation>Zertifikate (*.pem *.pfx *.p12 *.crt *.key);;PEM-Dateien (*.pem *.crt *.key);;PFX-Dateien (*.pfx *.p12);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load an access token</source>
        <translation>Zugriffstoken laden</translation>
    </message>
    <message>
        <source>Token files (*.txt *.jwt *.token);;All files (*)</source>
        <translation>Tokendateien (*.txt *.jwt *.token);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is too large for an access token (%2 KiB at most).</source>
        <translation>„%1“ ist zu groß für ein Zugriffstoken (höchstens %2 KiB).</translation>
    </message>
    <message>
        <source>Loaded from “%1” (not saved anywhere).</source>
        <translation>Aus „%1“ geladen (nirgends gespeichert).</translation>
    </message>
    <message>
        <source>Needed to assign profiles, edit device limits and change assignments or priorities. Asks for %1.</source>
        <translation>Erforderlich, um Profile zuzuweisen, Gerätelimits zu bearbeiten und Zuweisungen oder Prioritäten zu ändern. Fordert %1 an.</translation>
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
<context>
    <name>ed::ViewStatusRows</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
</TS>
