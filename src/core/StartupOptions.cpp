#include "StartupOptions.h"

#include "core/BuildInfo.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QRegularExpression>

namespace ed {

namespace {

using namespace Qt::StringLiterals;

QString checkServiceUrl(const QString &optionName, const QString &value, QUrl *out)
{
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return u"--%1: \"%2\" is not an absolute URL (example: https://graph.microsoft.com)."_s.arg(optionName, value);
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return u"--%1: only https URLs are accepted, not \"%2\"."_s.arg(optionName, url.scheme());
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return u"--%1: plain http is accepted only for 127.0.0.1, ::1 or localhost; "
               "use https for %2 so that tokens are never sent in clear text."_s.arg(optionName, url.host());
    if (!url.query().isEmpty() || !url.fragment().isEmpty())
        return u"--%1: the URL must not carry a query or fragment."_s.arg(optionName);
    QUrl cleaned = url.adjusted(QUrl::StripTrailingSlash);
    if (cleaned.path() == u"/")
        cleaned.setPath(QString());
    *out = cleaned;
    return {};
}

bool isValidTenant(const QString &tenant)
{
    static const QRegularExpression guid(u"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"_s);
    static const QRegularExpression domain(
            u"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"_s);
    return guid.match(tenant).hasMatch() || domain.match(tenant).hasMatch();
}

bool isValidLanguage(const QString &code)
{
    static const QRegularExpression bcp47(u"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"_s);
    return bcp47.match(code).hasMatch();
}

StartupCommand failed(QString message)
{
    StartupCommand command;
    command.action = StartupCommand::Action::Fail;
    command.text = std::move(message);
    return command;
}

} // namespace

QUrl StartupOptions::effectiveGraphUrl() const
{
    return graphUrl.isEmpty() ? CloudInfo::graphBaseUrl(cloud) : graphUrl;
}

QUrl StartupOptions::effectiveLoginUrl() const
{
    return loginUrl.isEmpty() ? CloudInfo::loginBaseUrl(cloud) : loginUrl;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString versionText()
{
    return u"enrollment-desk %1 (commit %2, built with Qt %3, running on Qt %4)"_s.arg(
            QLatin1StringView(build::version), QLatin1StringView(build::gitCommit),
            QLatin1StringView(build::qtBuildVersion), QLatin1StringView(qVersion()));
}

StartupCommand parseStartupArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Enrollment Desk: manage Windows Autopilot devices, deployment profiles and enrollment "
            "configurations through Microsoft Graph."_s);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help and exit."_s);
    const QCommandLineOption version({u"v"_s, u"version"_s}, u"Show the version and exit."_s);
    const QCommandLineOption demo(u"demo"_s, u"Open the built-in demo tenant (a local Graph emulator)."_s);
    const QCommandLineOption demoDevices(
            u"demo-devices"_s, u"Number of Autopilot devices in the demo tenant (1 to 1000000, default 2500)."_s,
            u"N"_s);
    const QCommandLineOption graphUrl(
            u"graph-url"_s, u"Graph base URL, e.g. an emulator or a proxy (default: the cloud's Graph host)."_s,
            u"URL"_s);
    const QCommandLineOption loginUrl(u"login-url"_s,
                                      u"Identity platform base URL (default: the cloud's login host)."_s, u"URL"_s);
    const QCommandLineOption tenant(u"tenant"_s, u"Tenant domain or id, e.g. contoso.onmicrosoft.com."_s, u"T"_s);
    const QCommandLineOption cloud(u"cloud"_s, u"National cloud: global, usgov, dod or china (default global)."_s,
                                   u"CLOUD"_s, u"global"_s);
    const QCommandLineOption tokenFile(u"access-token-file"_s,
                                       u"Start signed in with a pre-acquired Graph access token read from FILE."_s,
                                       u"FILE"_s);
    const QCommandLineOption caFile(
            u"ca-file"_s, u"Also trust the CA certificates in FILE (PEM or DER), e.g. a TLS-inspecting proxy's."_s,
            u"FILE"_s);
    const QCommandLineOption lang(u"lang"_s, u"User interface language, e.g. de or en (default: the system's)."_s,
                                  u"CODE"_s);
    const QCommandLineOption verbose(u"verbose"_s, u"Log debug detail of every area to the log file and stderr."_s);
    for (const QCommandLineOption *option : {&help, &version, &demo, &demoDevices, &graphUrl, &loginUrl, &tenant,
                                             &cloud, &tokenFile, &caFile, &lang, &verbose})
        parser.addOption(*option);

    if (!parser.parse(arguments))
        return failed(parser.errorText());

    StartupCommand command;
    if (parser.isSet(help)) {
        command.action = StartupCommand::Action::ShowHelp;
        command.text = parser.helpText();
        return command;
    }
    if (parser.isSet(version)) {
        command.action = StartupCommand::Action::ShowVersion;
        command.text = versionText();
        return command;
    }
    if (!parser.positionalArguments().isEmpty())
        return failed(u"Unexpected argument \"%1\"."_s.arg(parser.positionalArguments().constFirst()));

    StartupOptions &options = command.options;
    options.demo = parser.isSet(demo);
    options.verbose = parser.isSet(verbose);

    if (parser.isSet(demoDevices)) {
        if (!options.demo)
            return failed(u"--demo-devices only applies together with --demo."_s);
        bool ok = false;
        const int n = parser.value(demoDevices).toInt(&ok);
        if (!ok || n < 1 || n > StartupOptions::maxDemoDevices)
            return failed(u"--demo-devices: \"%1\" is not a whole number from 1 to %2."_s.arg(
                    parser.value(demoDevices), QString::number(StartupOptions::maxDemoDevices)));
        options.demoDevices = n;
    }

    const auto cloudValue = CloudInfo::fromKey(parser.value(cloud));
    if (!cloudValue)
        return failed(u"--cloud: \"%1\" is not one of global, usgov, dod, china."_s.arg(parser.value(cloud)));
    options.cloud = *cloudValue;

    if (parser.isSet(graphUrl)) {
        if (const QString error = checkServiceUrl(u"graph-url"_s, parser.value(graphUrl), &options.graphUrl);
            !error.isEmpty())
            return failed(error);
    }
    if (parser.isSet(loginUrl)) {
        if (const QString error = checkServiceUrl(u"login-url"_s, parser.value(loginUrl), &options.loginUrl);
            !error.isEmpty())
            return failed(error);
    }
    if (parser.isSet(tenant)) {
        options.tenant = parser.value(tenant).trimmed();
        if (!isValidTenant(options.tenant))
            return failed(
                    u"--tenant: \"%1\" is neither a domain (contoso.onmicrosoft.com) nor a tenant id (GUID)."_s.arg(
                            options.tenant));
    }
    if (parser.isSet(tokenFile)) {
        options.accessTokenFile = parser.value(tokenFile);
        if (options.accessTokenFile.isEmpty())
            return failed(u"--access-token-file needs a file name."_s);
    }
    if (parser.isSet(caFile)) {
        options.caFile = parser.value(caFile);
        if (options.caFile.isEmpty())
            return failed(u"--ca-file needs a file name."_s);
    }
    if (parser.isSet(lang)) {
        options.language = parser.value(lang).trimmed();
        if (!isValidLanguage(options.language))
            return failed(u"--lang: \"%1\" is not a language code such as de, en or pt_BR."_s.arg(options.language));
    }
    if (options.demo && (parser.isSet(graphUrl) || parser.isSet(tokenFile) || parser.isSet(tenant)))
        return failed(u"--demo runs its own local tenant; it cannot be combined with --graph-url, --tenant or "
                      "--access-token-file."_s);
    return command;
}

} // namespace ed
