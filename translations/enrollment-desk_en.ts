<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Enrollment Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application icon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Versions (include them in bug reports):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the version list to the clipboard</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CloudInfo</name>
    <message>
        <source>Global</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US Government L4 (GCC High)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US Government L5 (DoD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>China (21Vianet)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>No tenant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token held, expires %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token held, expiry unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token expired %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interactive sign-in is not available in this build yet. Start Enrollment Desk with --access-token-file FILE to use a token you already have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access token has expired. Acquire a new one and start Enrollment Desk again with --access-token-file FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (demo)</source>
        <comment>tenant name of the built-in demo tenant</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Enrollment Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the list to work with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload the current view from Microsoft Graph (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the current view (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Enrollment Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TokenClaims</name>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (user principal name)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <comment>app-only token: app name (client id)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App: %1</source>
        <comment>app-only token: client id</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token is not a JSON Web Token (expected three dot-separated parts).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token's payload is not valid base64url.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token's payload is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ed::AboutDialog</name>
    <message>
        <source>&lt;b&gt;Enrollment Desk&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manage Windows Autopilot devices, deployment profiles and enrollment configurations through Microsoft Graph.&lt;br&gt;Free software under the GNU General Public License, version 3 or later. &lt;a href="%1"&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ed::ActivityModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ed::ActivityView</name>
    <message>
        <source>No changes made in this session yet. Every change Enrollment Desk makes in the tenant (unblocking devices, assigning profiles, editing limits and assignments) is listed here with its result and the request ID Microsoft support asks for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search activity (action, target, result, request ID)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation><numerusform>%Ln change</numerusform><numerusform>%Ln changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) (%1 shown)</source>
        <translation><numerusform>%Ln change (%1 shown)</numerusform><numerusform>%Ln changes (%1 shown)</numerusform></translation>
    </message>
</context>
<context>
    <name>ed::Application</name>
    <message>
        <source>the demo tenant</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ed::ConnectionStatusBar</name>
    <message>
        <source>Tenant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed-in identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft Graph at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <comment>connection state marker, state text</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ed::MainWindow</name>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Autopilot devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This view will list every Windows Autopilot device in the tenant, with search, filters, details, CSV export and Unblock for one device or a thousand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deployment profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This view will list the Autopilot deployment profiles with their settings and assigned devices, and assign a profile to devices by pointing and clicking.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrollment configurations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This view will list the enrollment configurations in priority order, edit the device limit, and change assignment targets without losing the existing ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search is not available in this view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrollment Desk — %1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ed::StaticTokenSource</name>
    <message>
        <source>Access token from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access token file %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access token file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access token file %1 is larger than 64 KiB; it does not hold one token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access token file %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no access token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not hold exactly one access token: it contains spaces, line breaks or characters a token cannot have.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ed::UnavailableView</name>
    <message>
        <source>%1 is not available in this build yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not available yet</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
