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
        <source>Interactive sign-in is not available in this build yet. Start Enrollment Desk with --access-token-file FILE to use a token you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token has expired. Acquire a new one and start Enrollment Desk again with --access-token-file FILE.</source>
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
</context>
<context>
    <name>ed::ActivityView</name>
    <message>
        <source>No changes made in this session yet. Every change Enrollment Desk makes in the tenant (unblocking devices, assigning profiles, editing limits and assignments) is listed here with its result and the request ID Microsoft support asks for.</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>ed::Application</name>
    <message>
        <source>the demo tenant</source>
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
    <name>ed::MainWindow</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view will list every Windows Autopilot device in the tenant, with search, filters, details, CSV export and Unblock for one device or a thousand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view will list the Autopilot deployment profiles with their settings and assigned devices, and assign a profile to devices by pointing and clicking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view will list the enrollment configurations in priority order, edit the device limit, and change assignment targets without losing the existing ones.</source>
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
    <name>ed::UnavailableView</name>
    <message>
        <source>%1 is not available in this build yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
