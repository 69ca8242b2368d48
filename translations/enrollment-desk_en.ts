<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Enrollment Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions (include them in bug reports):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the version list to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentEditor</name>
    <message>
        <source>A group without an ID cannot be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no group ID and cannot be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already excluded; a group cannot be both included and excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already included; a group cannot be both included and excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Exclude %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Include %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− Exclude %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− Include %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n target(s)</source>
        <translation>
            <numerusform>Unchanged: %n target</numerusform>
            <numerusform>Unchanged: %n targets</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a Configuration Manager collection ID, such as P0100023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Configuration Manager collection ID: that is 8 characters, a 3-character site code followed by 5 hexadecimal digits, such as P0100023 or SMS00001.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientAssertion</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate or key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while reading the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no certificate (a PEM block &quot;BEGIN CERTIFICATE&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file holds no private key; choose the key file too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file holds no private key (a PEM block &quot;BEGIN PRIVATE KEY&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase; enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while reading the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not unlock the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is not an RSA key; Microsoft Entra ID accepts only RSA certificates for app sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key belongs to none of the %1 certificates in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while reading the PFX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither a PEM file nor a PFX (PKCS#12) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PFX file is protected by a passphrase; enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open the PFX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PFX file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PFX file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PFX file holds no private key; export it again with the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PFX file holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in the PFX file belongs to none of its certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate cannot be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name, %2 the reason it cannot be used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expired on %1; Microsoft Entra ID will refuse it. Upload a new certificate to the app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid before %1; Microsoft Entra ID will refuse it until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s) (%1); renew it soon.</source>
        <translation>
            <numerusform>The certificate expires in %n day (%1); renew it soon.</numerusform>
            <numerusform>The certificate expires in %n days (%1); renew it soon.</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client assertion cannot be signed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudInfo</name>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government L4 (GCC High)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government L5 (DoD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tenant: its domain (contoso.onmicrosoft.com) or its tenant ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tenant domain or tenant ID. Use the domain (contoso.onmicrosoft.com) or the tenant ID (a GUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App-only sign-in needs the tenant&apos;s own domain or ID, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID must be an application (client) ID: a GUID such as 14d82eec-204b-4c2f-b7e8-296a70dab67e.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM or PFX) of the app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App registration with a client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App registration with a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>No tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token held, expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token held, expiry unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <comment>tenant name of the built-in demo tenant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, token expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Choose Connection ▸ Sign in (Ctrl+Shift+O) to sign in to a tenant, or start Enrollment Desk with --demo to try the built-in demo tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token has expired and cannot be renewed. Sign in again (Connection ▸ Sign in, Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantedPermissions</name>
    <message>
        <source>Needs the %1 permission, which the signed-in account does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the %1 permission (or %2), which the signed-in account does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>between permission names</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>Microsoft Graph is throttling requests; retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is throttling requests; retry after %n second(s).</source>
        <translation>
            <numerusform>Microsoft Graph is throttling requests; retry after %n second.</numerusform>
            <numerusform>Microsoft Graph is throttling requests; retry after %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is throttling requests; retry after %n minute(s).</source>
        <translation>
            <numerusform>Microsoft Graph is throttling requests; retry after %n minute.</numerusform>
            <numerusform>Microsoft Graph is throttling requests; retry after %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Graph is temporarily unavailable; retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is temporarily unavailable; retry after %n second(s).</source>
        <translation>
            <numerusform>Microsoft Graph is temporarily unavailable; retry after %n second.</numerusform>
            <numerusform>Microsoft Graph is temporarily unavailable; retry after %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is temporarily unavailable; retry after %n minute(s).</source>
        <translation>
            <numerusform>Microsoft Graph is temporarily unavailable; retry after %n minute.</numerusform>
            <numerusform>Microsoft Graph is temporarily unavailable; retry after %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the request as invalid (%1).</source>
        <extracomment>%1 is the HTTP status and Graph error code, e.g. &quot;400 BadRequest&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the request as invalid (%1): %2.</source>
        <extracomment>%1 is the HTTP status and Graph error code, %2 the message Microsoft Graph sent (in English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request because the sign-in is not valid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request because the sign-in is not valid (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph denied access to this operation (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph denied access to this operation (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested item was not found (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested item was not found (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with the current state of the item (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with the current state of the item (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was changed elsewhere since it was loaded; reload it and try again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was changed elsewhere since it was loaded (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph had an internal error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph had an internal error (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s gateway got no valid answer from the service (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s gateway got no valid answer from the service (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph is temporarily unavailable (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph is temporarily unavailable (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s storage quota in Microsoft Graph is used up (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s storage quota in Microsoft Graph is used up (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph could not complete the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph could not complete the request (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft sign-in refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft sign-in refused the request (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an HTML page instead of Graph JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not Graph JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request because the token has expired (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph denied access (%1); the account needs one of these permissions: %2.</source>
        <extracomment>%1 is the HTTP status and error code, %2 a list of Graph permission names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error %1</source>
        <extracomment>The reason in &quot;Could not connect to Microsoft Graph: %1.&quot; when Qt gave none; %1 is a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to Microsoft Graph: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph closed the connection unexpectedly: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Microsoft Graph timed out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Microsoft Graph was aborted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to Microsoft Graph failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph could not be reached because of a redirect: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to Microsoft Graph failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer from Microsoft Graph within %n second(s).</source>
        <translation>
            <numerusform>No answer from Microsoft Graph within %n second.</numerusform>
            <numerusform>No answer from Microsoft Graph within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer from Microsoft Graph in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph sent a response that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph sent a response that could not be read (%1).</source>
        <extracomment>%1 is the HTTP status, e.g. 200</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph answered with a redirect (%1), which is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent because its address is not on the Microsoft Graph host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <extracomment>Labels of the lines in the copied error details</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AADSTS codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityClient</name>
    <message>
        <source>The tenant was not found. Check the tenant ID or domain, and that it belongs to the selected cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant ID or domain is not valid. Check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app (client ID) is not known in this tenant. Check the client ID, the tenant and the cloud; an administrator may need to add the app to the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect address does not match the app registration. The app needs http://localhost registered as a redirect URI for mobile and desktop applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect address of the sign-in and of the token request differ; start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has no consent for the permissions it asks for. An administrator must grant admin consent for it in this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to the app&apos;s permissions was declined, so the sign-in did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator must consent to the permissions this app asks for before you can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be verified: the proof key (PKCE) did not match. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code was already used. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code or saved sign-in has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in was revoked (for example after a password change). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in expired because it was not used for a long time. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is not valid. Use the secret&apos;s value (not its ID) and check that it has not expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret has expired. Create a new secret for the app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was refused: it is not registered for this app, or the signature does not match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate assertion is outside its valid time. Check this computer&apos;s date, time and time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app registration is a public client: it does not accept a secret or a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration requires a client secret or certificate for this sign-in method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested permissions (scopes) are not valid for this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account does not belong to this tenant. Sign in with an account of the tenant or select the account&apos;s own tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-factor authentication is required. Use the browser sign-in to complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Conditional Access policy blocked the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is signed in in the browser. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has not been completed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expired before the sign-in was completed. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft sign-in needs you to sign in interactively again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft sign-in needs you to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is no longer valid. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s credentials (client secret or certificate) were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration does not allow this sign-in method. For device code sign-in it needs &quot;Allow public client flows&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft sign-in did not recognise the device code. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft sign-in is temporarily unavailable. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft sign-in had an internal error. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft sign-in could not be reached: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft sign-in answered with a redirect (%1), which is not followed. Check the cloud and any proxy in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft sign-in sent an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>Activity detail: what was intended, then the error sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Enrollment Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the list to work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the current view from Microsoft Graph (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the current view (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Enrollment Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetNames</name>
    <message>
        <source>Group without an ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted group (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration Manager collection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope tag group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment target without a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other target (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (include filter %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (exclude filter %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenClaims</name>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user principal name)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <comment>app-only token: app name (client id)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App: %1</source>
        <comment>app-only token: client id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not a JSON Web Token (expected three dot-separated parts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s payload is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewTools</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group names (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some details could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled; details not read yet show &quot;—&quot;. Refresh (F5) reads them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::AboutDialog</name>
    <message>
        <source>&lt;b&gt;Enrollment Desk&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Windows Autopilot devices, deployment profiles and enrollment configurations through Microsoft Graph.&lt;br&gt;Free software under the GNU General Public License, version 3 or later. &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::ActivityJournal</name>
    <message>
        <source>The activity log “%1” could not be read: %2. Changes made now are still recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log could not be saved: the folder “%1” could not be created. New entries are listed here but will be missing after Enrollment Desk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log could not be saved to “%1”: %2. New entries are listed here but will be missing after Enrollment Desk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::ActivityModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer (app closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was cancelled before it was sent; nothing changed in the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment Desk closed before Microsoft Graph answered. Check the target in Intune to see whether the change was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::ActivityView</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search activity (action, target, result, request ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) (%1 shown)</source>
        <translation>
            <numerusform>%Ln change (%1 shown)</numerusform>
            <numerusform>%Ln changes (%1 shown)</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity log problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet. Every change Enrollment Desk makes in the tenant (unblocking devices, assigning profiles, editing limits and assignments) is listed here with its result and the request ID Microsoft support asks for, and kept from one session to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown entries as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln change(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln change to %1.</numerusform>
            <numerusform>Exported %Ln changes to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>activity-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::AppSignIn</name>
    <message>
        <source>Enter the client secret of the app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent no access token; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::Application</name>
    <message>
        <source>Demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing the sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sign in again (Connection ▸ Sign in, Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: sign-ins are kept in memory only, and you will sign in again after restarting Enrollment Desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::AssignProfileDialog</name>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot device ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a deployment profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment profile to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a deployment profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join type of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search serial, model, group tag, user (* and ? wildcards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds the device when the search finds exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected devices (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste &amp;serials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add devices by pasting serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the pasted serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the serial numbers not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the serial numbers not found, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected devices from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected devices from the list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all chosen devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices to choose from and chosen devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of chosen devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the profile to the chosen devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without assigning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign “%1” to devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra hybrid join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join type not recognised (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln device(s) for %1 of %2 serial numbers.</source>
        <translation>
            <numerusform>Found %Ln device for %1 of %2 serial numbers.</numerusform>
            <numerusform>Found %Ln devices for %1 of %2 serial numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln serial(s) not found: %1</source>
        <translation>
            <numerusform>%Ln serial not found: %1</numerusform>
            <numerusform>%Ln serials not found: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln device(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln device shown</numerusform>
            <numerusform>%1 of %Ln devices shown</numerusform>
        </translation>
    </message>
    <message>
        <source>No devices chosen yet: search on the left and press Enter, or paste serial numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) chosen</source>
        <translation>
            <numerusform>%Ln device chosen</numerusform>
            <numerusform>%Ln devices chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already have another profile, which this replaces</source>
        <translation>
            <numerusform>%Ln already has another profile, which this replaces</numerusform>
            <numerusform>%Ln already have another profile, which this replaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already have this profile</source>
        <translation>
            <numerusform>%Ln already has this profile</numerusform>
            <numerusform>%Ln already have this profile</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the profiles of the chosen devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign “%1” to %Ln device(s)?</source>
        <translation>
            <numerusform>Assign “%1” to %Ln device?</numerusform>
            <numerusform>Assign “%1” to %Ln devices?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each device gets this profile as its intended deployment profile: Windows Autopilot uses it the next time the device is set up. Intune shows the assignment as pending until it has processed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) have another profile, which this replaces:</source>
        <translation>
            <numerusform>%Ln device has another profile, which this replaces:</numerusform>
            <numerusform>%Ln devices have another profile, which this replaces:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…and %Ln more.</numerusform>
            <numerusform>…and %Ln more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) already have this profile.</source>
        <translation>
            <numerusform>%Ln device already has this profile.</numerusform>
            <numerusform>%Ln devices already have this profile.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profiles of some devices are still being read; for them the profile shown in the device list counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign deployment profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::AutopilotDeviceModel</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned, out of sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned, sync state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware requirements not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface Hub profile not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HoloLens profile not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows PC profile not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface Hub 2S profile not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remediation required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic remediation required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual remediation required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userless enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::AutopilotDevicesView</name>
    <message>
        <source>Device actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the devices again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the selected devices to enroll again without a user (allowNextEnrollment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste serials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock selected devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select devices by pasting serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export devices to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Sign in to a tenant (or start with --demo) to see its Autopilot devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search serial, model, manufacturer, group tag, user, device name (* and ? wildcards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) (%1 shown, %2 selected)</source>
        <translation>
            <numerusform>%Ln device (%1 shown, %2 selected)</numerusform>
            <numerusform>%Ln devices (%1 shown, %2 selected)</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned profiles could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The table shows the %Ln device(s) read before the failure.</source>
        <translation>
            <numerusform>The table shows the %Ln device read before the failure.</numerusform>
            <numerusform>The table shows the %Ln devices read before the failure.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled: %1 of about %2 devices are shown. Refresh (F5) loads them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of ~%3 devices loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 devices loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected %Ln device(s) for %1 of %2 serial numbers.</source>
        <translation>
            <numerusform>Selected %Ln device for %1 of %2 serial numbers.</numerusform>
            <numerusform>Selected %Ln devices for %1 of %2 serial numbers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and quick filters were cleared to show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln device(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln device to %1.</numerusform>
            <numerusform>Exported %Ln devices to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy device IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices assigned to the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the assigned devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search assigned devices (* and ? wildcards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a deployment profile to the selected devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Autopilot devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current device in the list of every Autopilot device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a deployment profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::AutopilotSyncTracker</name>
    <message>
        <source>Sync with Intune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync was already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune allows one sync every 10 minutes; next possible at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::AutopilotSyncWidget</name>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with Intune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1 (%2)</source>
        <extracomment>%1 is how long ago (&quot;5 minutes ago&quot;), %2 the local time or date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks Intune to import the devices newly registered with Windows Autopilot (by your OEM, reseller or a hardware hash upload) now, instead of at its next automatic sync. Intune allows one sync every 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to Intune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune is importing devices from Windows Autopilot. The list is reloaded when it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sync possible in %1</source>
        <extracomment>%1 is a countdown, minutes:seconds (&quot;7:42&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune allows one sync every 10 minutes; next possible at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading sync status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the sync status. %1</source>
        <extracomment>%1 is the reason, one sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync could not be started. %1</source>
        <extracomment>%1 is the reason, one sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune reports that the last sync failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune could not import the devices from Windows Autopilot. Try again; if it keeps failing, look at the Windows Autopilot devices page of the Intune admin center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is running; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::BrowserSignIn</name>
    <message numerus="yes">
        <source>No sign-in answer came from the browser within %n minute(s). Start the sign-in again.</source>
        <translation>
            <numerusform>No sign-in answer came from the browser within %n minute. Start the sign-in again.</numerusform>
            <numerusform>No sign-in answer came from the browser within %n minutes. Start the sign-in again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (the state does not match), so it was not used. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::BulkDeviceJob</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::BulkJobDialog</name>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show failed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result per device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the rows shown, tab-separated, for a spreadsheet or a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending; devices already sent keep their result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to Microsoft Graph: sign in again, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Progress of a bulk write: &quot;120 of 1,000&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 remaining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Throttled by Microsoft Graph — resuming in %n s.</source>
        <translation>
            <numerusform>Throttled by Microsoft Graph — resuming in %n s.</numerusform>
            <numerusform>Throttled by Microsoft Graph — resuming in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the answer to %Ln request(s) already sent.</source>
        <translation>
            <numerusform>Waiting for the answer to %Ln request already sent.</numerusform>
            <numerusform>Waiting for the answers to %Ln requests already sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 sent, %2 not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the devices sent failed.</source>
        <translation>
            <numerusform>%Ln of the devices sent failed.</numerusform>
            <numerusform>%Ln of the devices sent failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed and not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) to the clipboard.</source>
        <translation>
            <numerusform>Copied %Ln row to the clipboard.</numerusform>
            <numerusform>Copied %Ln rows to the clipboard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln row to %1.</numerusform>
            <numerusform>Saved %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::BulkUnblockDialog</name>
    <message>
        <source>Unblock devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retrying %Ln device(s)…</source>
        <translation>
            <numerusform>Retrying %Ln device…</numerusform>
            <numerusform>Retrying %Ln devices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblocking %Ln device(s)…</source>
        <translation>
            <numerusform>Unblocking %Ln device…</numerusform>
            <numerusform>Unblocking %Ln devices…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the unblocked devices&apos; status from Intune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was unblocked: it can enroll once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not unblocked. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not unblocked: the request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln device(s) were unblocked.</source>
        <translation>
            <numerusform>The %Ln device was unblocked.</numerusform>
            <numerusform>All %Ln devices were unblocked.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unblocked, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unblocked, %2 failed, %3 not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln unblocked device(s) could not be read again; refresh the device list to see their current status.</source>
        <translation>
            <numerusform>%Ln unblocked device could not be read again; refresh the device list to see its current status.</numerusform>
            <numerusform>%Ln unblocked devices could not be read again; refresh the device list to see their current status.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::BulkUnblockJob</name>
    <message>
        <source>Not unblocked: cancelled before Microsoft Graph accepted the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: the connection to Microsoft Graph was closed first. The device may or may not be unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::ConfigurationAssignmentsDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the assignments cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the assignments again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected targets (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add All &amp;users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include every licensed user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add All &amp;devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include all devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include every device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration Manager collection ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection ID, e.g. P0100023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Configuration Manager collection ID: a 3-character site code and 5 hexadecimal digits (co-management)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the Configuration Manager collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and groups to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a change was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning about the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error with its request IDs, for a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group names could not be read, so the lists show group IDs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: the assignments can no longer be read or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a default configuration: it applies to all users and all devices with the lowest priority, and its assignments cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune does not let Windows restore configurations be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: you can look at the assignments but not change them. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users and all devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the current assignments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignments could not be read, so they cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists show group IDs: group names cannot be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration Manager collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope tag group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: saved when you click Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from the directory; kept unless you remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as Intune sent it; can be removed, not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an assignment filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the assignments of “%1”? (+%2 / −%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune replaces the configuration&apos;s whole assignment set with this one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: this removes ALL targets. The configuration will apply to no one, and the default configuration applies instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only exclusions remain: the configuration will apply to no one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) no longer in the directory stay assigned as Intune has them. If Intune refuses them, remove them and save again.</source>
        <translation>
            <numerusform>%Ln group no longer in the directory stays assigned as Intune has it. If Intune refuses it, remove it and save again.</numerusform>
            <numerusform>%Ln groups no longer in the directory stay assigned as Intune has them. If Intune refuses them, remove them and save again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignments could not be saved: another change of this configuration is still running, or the set is not one Intune accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved. The assignments could not be read again (%1), so the lists show what was sent: %Ln target(s).</source>
        <translation>
            <numerusform>Saved. The assignments could not be read again (%1), so the lists show what was sent: %Ln target.</numerusform>
            <numerusform>Saved. The assignments could not be read again (%1), so the lists show what was sent: %Ln targets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. Intune now has %Ln target(s).</source>
        <translation>
            <numerusform>Saved. Intune now has %Ln target.</numerusform>
            <numerusform>Saved. Intune now has %Ln targets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the assignments are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save until the assignments are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving removes ALL targets: the configuration will apply to no one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln assigned group(s) no longer exist in the directory; they stay assigned unless you remove them.</source>
        <translation>
            <numerusform>%Ln assigned group no longer exists in the directory; it stays assigned unless you remove it.</numerusform>
            <numerusform>%Ln assigned groups no longer exist in the directory; they stay assigned unless you remove them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: add or remove a target first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the complete set of targets to Intune (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes you have not saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::ConfigurationDetailsPane</name>
    <message>
        <source>Android device administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android Enterprise (work profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS/iPadOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mac (macRestriction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Home SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visionOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tvOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment configuration settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an enrollment configuration to see all its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the configuration&apos;s JSON as Microsoft Graph sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum devices per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device limits do not apply to Windows Autopilot and Microsoft Entra join enrollments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the device limit applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device platform restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device platform restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment of this platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personally owned devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum OS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum OS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked manufacturers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Hello for Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum PIN length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum PIN length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppercase letters in PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowercase letters in PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special characters in PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous PINs remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow biometric authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced anti-spoofing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone sign-in (remote passport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted Platform Module (TPM) required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security keys for sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced sign-in security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment Status Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show app and profile installation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error after (installation timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block the user from retrying setup after a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the user to reset the device on failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the user to use the device on failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow log collection on failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps the page waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore failures of non-blocking apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Windows quality updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show the page to devices provisioned by Autopilot (OOBE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop tracking after the first user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-management authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed device authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the Configuration Manager agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent command-line arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed or blocked: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personally owned devices blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personally owned devices allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personally owned devices: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS version: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any OS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS %1 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS %1 or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked manufacturers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked SKUs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (0): applies last, to all users and all devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After %n day(s)</source>
        <translation>
            <numerusform>After %n day</numerusform>
            <numerusform>After %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Not configured (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>None selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n app(s): %1</source>
        <translation>
            <numerusform>%n app: %1</numerusform>
            <numerusform>%n apps: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::ConfigurationLoader</name>
    <message>
        <source>Not read: loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::ConfigurationWriter</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device limit %1 → %2</source>
        <extracomment>Activity detail of a device limit edit: the limit before and after</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit device limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1. After: %2.</source>
        <extracomment>Activity detail of an assignment change: the targets before and after, by name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1 → %2</source>
        <extracomment>Activity detail of a priority change: the priority before and after</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph accepted the change, but its answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::ConnectionMenu</name>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in or manage connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;changes (sign in with write permissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a tenant, add a connection, or change one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only connections ask only for %1. Changes (unblock, assign, device limit) need %2: turning this on signs in again asking for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the token of the live connection, in memory and in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant Enrollment Desk works on; click to switch tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last signed in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ▾</source>
        <comment>connection button: live connection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on %1. Click to switch tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::ConnectionStatusBar</name>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>connection state marker, state text</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::CsvWriter</name>
    <message>
        <source>Could not save “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the file: no file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::DeploymentProfileModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra hybrid join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (no @odata.type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HoloLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface Hub 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface Hub 2S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (unknownFutureValue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-driven (single user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-deploying (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignments could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group names could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %Ln device(s)</source>
        <translation>
            <numerusform>Assigned to %Ln device</numerusform>
            <numerusform>Assigned to %Ln devices</numerusform>
        </translation>
    </message>
    <message>
        <source>The assigned devices could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the devices this profile is assigned to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the assignments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the group names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned to any group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group names could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::DeploymentProfilesView</name>
    <message>
        <source>Deployment profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment profiles loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading deployment profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment profiles status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the deployment profiles again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every setting of the profile, in readable form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices this profile is assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick devices and assign the current profile to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current profile as Microsoft Graph sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy profile ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the current profile to devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current profile&apos;s raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Sign in to a tenant (or start with --demo) to see its deployment profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search profile name, description, join type, locale, group assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln profile(s)</source>
        <translation>
            <numerusform>%Ln profile</numerusform>
            <numerusform>%Ln profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profile(s) (%1 shown)</source>
        <translation>
            <numerusform>%Ln profile (%1 shown)</numerusform>
            <numerusform>%Ln profiles (%1 shown)</numerusform>
        </translation>
    </message>
    <message>
        <source>the assigned-device counts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment profiles could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table shows the profiles read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading deployment profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting assigned devices: %1 of %2 profiles done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading group assignments. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned devices (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::DetailsForm</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::DeviceCodeSignIn</name>
    <message>
        <source>The sign-in service did not send a usable code; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent no access token; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::DeviceDetailsPane</name>
    <message>
        <source>Device details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device to see all its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userless enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile status detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current deployment profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended deployment profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %n year</numerusform>
            <numerusform>in %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Graph sent &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::DeviceFacetBar</name>
    <message>
        <source>%1 +%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only devices blocked from userless enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the devices whose userless enrollment is blocked: the ones to unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userless enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear quick filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No devices loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No group tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::EditLimitDialog</name>
    <message>
        <source>Edit device limit — %1</source>
        <extracomment>Window title; %1 is the configuration&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current device limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New device limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices a user can enroll, from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where device limits apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device limits do not apply to Windows Autopilot, Microsoft Entra join (including bulk enrollment), co-management or Group Policy enrollments, nor to devices enrolled by device enrollment manager accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a device limit configuration, so it has no device limit to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the device limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the device limit was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the full error, with the request IDs Microsoft support asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the device limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) per user</source>
        <translation>
            <numerusform>%n device per user</numerusform>
            <numerusform>%n devices per user</numerusform>
        </translation>
    </message>
    <message>
        <source>The device limit could not be sent: another change to this configuration is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the device limit of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device limit was saved, but reading the configuration back failed: %1 Refresh the list to see its version and last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only device limit configurations have a device limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a limit other than the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a device limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::EnrollmentConfigurationModel</name>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS/iPadOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android device administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android Enterprise (work profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (unknownFutureValue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device platform restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device platform restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device platform restriction (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Hello for Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment Status Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-management authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no @odata.type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default configuration: applies to all users and all devices at the lowest priority; it cannot be assigned, reordered or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignments could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group names could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users and all devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the assignments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the group names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group names could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a configuration first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default configurations always apply last and cannot be reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app does not know how Intune orders configurations of this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has the highest priority of its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has the lowest priority of its kind; only the default comes after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1: a user gets the configuration of this kind with the lowest number among those assigned to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only device limit configurations have a device limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph sent no device limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A user may enroll at most %n device(s).</source>
        <translation>
            <numerusform>A user may enroll at most %n device.</numerusform>
            <numerusform>A user may enroll at most %n devices.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorted by priority, the configurations appear as in Intune: by kind, the custom ones by priority, the default last.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::EnrollmentConfigurationsView</name>
    <message>
        <source>Configuration actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment configurations loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading enrollment configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment configurations status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the enrollment configurations again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the full error, with the request IDs Microsoft support asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit device limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how many devices a user may enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and change who the configuration is assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the configuration a higher priority (a lower number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the configuration a lower priority (a higher number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current configuration as Microsoft Graph sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy configuration ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the device limit of the current configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments of the current configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current configuration up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current configuration down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current configuration&apos;s raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Sign in to a tenant (or start with --demo) to see its enrollment configurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search configuration name, type, assignments, description</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln configuration(s)</source>
        <translation>
            <numerusform>%Ln configuration</numerusform>
            <numerusform>%Ln configurations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln configuration(s) (%1 shown)</source>
        <translation>
            <numerusform>%Ln configuration (%1 shown)</numerusform>
            <numerusform>%Ln configurations (%1 shown)</numerusform>
        </translation>
    </message>
    <message>
        <source>The enrollment configurations could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table shows the configurations read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving “%1” to priority %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading enrollment configurations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading assignments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading group names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the configurations again after moving “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a configuration first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the priority change has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only device limit configurations have a device limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default configurations apply to all users and all devices and cannot be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the assignments read-only. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be moved: another change is still being written, or the new priority is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” moved to priority %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was made, but the configuration could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be moved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::GroupPicker</name>
    <message>
        <source>Find groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds groups whose name contains the words typed; Enter searches at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How groups are searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching names that start with the text (this tenant does not support full-text search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the next page of groups (scrolling to the end does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the selected groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the configuration to the selected groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude the selected groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude the selected groups from the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln group(s).</source>
        <translation>
            <numerusform>Showing %Ln group.</numerusform>
            <numerusform>Showing %Ln groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter in the search field to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory has no groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln group(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln group</numerusform>
            <numerusform>Showing %1 of %Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln group(s); more are available</source>
        <translation>
            <numerusform>Showing %Ln group; more are available</numerusform>
            <numerusform>Showing %Ln groups; more are available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln group(s)</source>
        <translation>
            <numerusform>Showing %Ln group</numerusform>
            <numerusform>Showing %Ln groups</numerusform>
        </translation>
    </message>
    <message>
        <source>loading more…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::GroupSearchModel</name>
    <message>
        <source>Membership rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail-enabled security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, dynamic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::KeychainVault</name>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1): sign-in tokens are kept in memory only and you will sign in again after restarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not saved in the system keychain because it refused access (%1): unlock the keychain to stay signed in after restarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in is in the system keychain, which is locked: unlock the keychain and try again, or sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to give the saved sign-in (%1): unlock the keychain, or sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in is still in the system keychain, which is locked: unlock the keychain and sign out again, or delete the entry “%1” of “%2” with the keychain manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the system keychain (%1). It is forgotten for this session; delete the entry “%2” of “%3” with the keychain manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the system keychain (%1): unlock the keychain and sign out again, or delete the entry “%2” of “%3” with the keychain manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::LoopbackListener</name>
    <message>
        <source>The sign-in listener could not open a port on 127.0.0.1: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in listener could not open port %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only GET requests are answered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only receives the answer of a Microsoft sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not belong to the sign-in %1 started, so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to %1 for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::MainWindow</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is not available in this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment Desk — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is not in the device list yet: refresh it (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token storage notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment Desk — %1: %2 (%3)</source>
        <comment>connection name, tenant, cloud</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::PasteSerialsDialog</name>
    <message>
        <source>Select devices by serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste serial numbers from a ticket, an e-mail or a spreadsheet column. New lines, commas, semicolons, spaces and tabs all separate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5CG1234XYZ
PF2ABCDE
…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial numbers recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No serial numbers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n serial number(s) recognised.</source>
        <translation>
            <numerusform>%n serial number recognised.</numerusform>
            <numerusform>%n serial numbers recognised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::ProfileAssignJob</name>
    <message>
        <source>Not assigned: cancelled before Microsoft Graph accepted the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from Microsoft Graph: the assignment may or may not have been applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from Microsoft Graph: the assignment may or may not have been applied. %1</source>
        <extracomment>%1 is the technical reason, a full sentence (&quot;Microsoft Graph closed the connection unexpectedly: …&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is no longer registered in Windows Autopilot (it was removed after the list was loaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment profile “%1” no longer exists in Intune (it was deleted after the list was loaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the deployment profile “%1” no longer exists in Intune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A status this version does not know: &quot;Other (newStatus)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The profile status, then why: &quot;Failed: Hardware requirements not met&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” (replaces “%2”)</source>
        <extracomment>Activity detail of a profile assignment: the new profile, and the one it replaces</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <extracomment>Activity detail of a profile assignment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer registered in Windows Autopilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still pending after %n s</source>
        <translation>
            <numerusform>Still pending after %n s</numerusform>
            <numerusform>Still pending after %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still pending after %n min</source>
        <translation>
            <numerusform>Still pending after %n min</numerusform>
            <numerusform>Still pending after %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::ProfileAssignResultsDialog</name>
    <message>
        <source>Assign deployment profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign “%1”</source>
        <extracomment>Window title: the deployment profile&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retrying %Ln device(s)…</source>
        <translation>
            <numerusform>Retrying %Ln device…</numerusform>
            <numerusform>Retrying %Ln devices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigning “%1” to %Ln device(s)…</source>
        <translation>
            <numerusform>Assigning “%1” to %Ln device…</numerusform>
            <numerusform>Assigning “%1” to %Ln devices…</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for Intune to apply the profile: %1 of %2 assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n s.</source>
        <translation>
            <numerusform>Next check in %n s.</numerusform>
            <numerusform>Next check in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was assigned to %2. Intune reports: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not assigned to %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not assigned to %2: the request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” was assigned to all %Ln device(s).</source>
        <translation>
            <numerusform>“%1” was assigned to %Ln device.</numerusform>
            <numerusform>“%1” was assigned to all %Ln devices.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 assigned, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned, %2 failed, %3 not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune reports the profile assigned on every one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intune reports %1 of them assigned; %2 are still pending (Intune may take several minutes: refresh the device list later).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::ProfileDetailsPane</name>
    <message>
        <source>Deployment profile settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a deployment profile to see all its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the profile&apos;s JSON as Microsoft Graph sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management service app ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name and registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-provisioning (white glove) allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert all targeted devices to Autopilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra hybrid join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Active Directory connectivity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope tags and other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-box experience (OOBE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the OOBE settings come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Software License Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard selection page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change account options (escape link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment Status Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide installation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow use before profile and apps are installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block device setup retry by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow log collection on installation failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow use on installation failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable (not a hybrid join profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the deprecated outOfBoxExperienceSettings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile reports only the deprecated outOfBoxExperienceSettings; the settings below are read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile reports no out-of-box experience settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::ProfileLoader</name>
    <message>
        <source>Not read: loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::RawJsonDialog</name>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON as Microsoft Graph sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the JSON to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::RefreshingTokenSource</name>
    <message>
        <source>The sign-in has no refresh token any more. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service answered without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::SignInController</name>
    <message>
        <source>browser sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device code sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app registration with a client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app registration with a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access token expired at %1. Get a new one, or use another sign-in method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in to %1 is no longer valid (%2). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is for tenant %1, not for %2 as the connection says. Check the connection&apos;s tenant, or sign in with an account of that tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where sign-ins are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection to another tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contoso production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or tenant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s domain (contoso.onmicrosoft.com) or its tenant ID (a GUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens of one cloud do not work in another: choose the cloud the tenant lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application (client) ID of the app registration to sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Microsoft Graph Command Line Tools (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID in Azure China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft&apos;s global apps are not available in Azure China; use your own app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and &amp;write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What read-only asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least privilege: see devices, profiles and settings, change nothing. Asks for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What read and write asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file (certificate and private key) or a PFX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce&amp;rtificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a protected PFX or an encrypted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret&apos;s value, not its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this sign-in only: never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token for Microsoft Graph (eyJ…); it is used until it expires and never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from fil&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the access token from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the connection still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On any device, open the address below, enter the code and sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the address in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant approves the code by itself in a few seconds: there is nothing to type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the full error, with the codes and request IDs Microsoft support asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened: copy the address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide det&amp;ails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in to it now: that session stays until you sign out. Its saved sign-in is removed; the tenant itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its saved sign-in is removed too; the tenant itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a connection, or add one with New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret of the app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token, or load it from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opens on the Microsoft sign-in page; come back here when it says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on any device (a phone, another computer) with a code shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App-only: the app registration signs in as itself. The API permissions granted to it decide what can be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token obtained elsewhere, used until it expires; it cannot be renewed. Its permissions decide what can be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant is built in and cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this sign-in and return to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: sign-ins are kept in memory only, so you will sign in again after restarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in your browser: sign in there, then come back here. The sign-in finishes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for a sign-in code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Open this link in a browser yourself (or copy it), sign in there, then come back here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the app registration&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.pfx *.p12 *.crt *.key);;PEM files (*.pem *.crt *.key);;PFX files (*.pfx *.p12);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token files (*.txt *.jwt *.token);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large for an access token (%2 KiB at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded from “%1” (not saved anywhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to assign profiles, edit device limits and change assignments or priorities. Asks for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::StaticTokenSource</name>
    <message>
        <source>Access token from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token file %1 is larger than 64 KiB; it does not hold one token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold exactly one access token: it contains spaces, line breaks or characters a token cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::UnblockConfirmDialog</name>
    <message>
        <source>Unblock %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unblock %Ln devices?</source>
        <translation>
            <numerusform>Unblock %Ln device?</numerusform>
            <numerusform>Unblock %Ln devices?</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocking (allow next enrollment) lets a device whose userless enrollment was blocked enroll through Windows Autopilot once more, for example after a reset. Nothing else about the device changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is not blocked; unblocking it changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are not blocked; unblocking them changes nothing.</source>
        <translation>
            <numerusform>%Ln of them is not blocked; unblocking it changes nothing.</numerusform>
            <numerusform>%Ln of them are not blocked; unblocking them changes nothing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Graph accepts only so many changes at a time: this takes at least %1. You can cancel at any point; devices already sent stay unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What unblocking does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices to unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…and %Ln more.</numerusform>
            <numerusform>…and %Ln more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unblock %Ln</source>
        <translation>
            <numerusform>Unblock %Ln</numerusform>
            <numerusform>Unblock %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::ViewStatusRows</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
