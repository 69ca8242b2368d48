#include "graph/GraphError.h"

#include "TestJwt.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestGraphError final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesBodies_data();
    void parsesBodies();
    void headersWinOverBody();
    void hugeBodies();
    void excerptIsRedactedAndValidUtf8();
    void retryAfter_data();
    void retryAfter();
    void retryAfterFromResponse();
    void isThrottling_data();
    void isThrottling();
    void isRetryable_data();
    void isRetryable();
    void summary_data();
    void summary();
    void summaryForEveryKind();
    void detailsHaveIds();
    void detailsOnlyLinesWithValues();
    void neverAToken_data();
    void neverAToken();
    void neverCrashes();
};

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

const QDateTime now(QDate(2026, 10, 21), QTime(7, 28, 0), Qt::UTC);

// Exactly what the emulator answers (src/emulator/EmuHttp.cpp intuneError() and notFound(),
// IdentityError::toJson(), graphError() for 429), captured for request-id 5a3c…, client-request-id 7d0d….
const QByteArray intuneBadRequest =
        R"({"error":{"code":"BadRequest","innerError":{"client-request-id":"7d0d5a9d-2f4c-4b8e-9e0a-3c2b1a0f9e8d","date":"2026-10-21T07:28:00Z","message":"{\"CustomApiErrorPhrase\":\"\",\"ErrorSourceService\":\"\",\"HttpHeaders\":\"{}\",\"Message\":\"An error has occurred - Operation ID (for customer support): 2d5bf286-a38f-475e-8e40-d03044fbc970 - Activity ID: 7d0d5a9d-2f4c-4b8e-9e0a-3c2b1a0f9e8d - Url: https://fef.msua06.manage.microsoft.com/DeviceEnrollmentFE_2411/StatelessDeviceEnrollmentFEService/beta/deviceManagement/windowsAutopilotDeviceIdentities?api-version=2024-11-01\",\"RetryAfter\":null,\"_version\":3}","request-id":"5a3c9f0e-1b2d-4e5f-8a9b-0c1d2e3f4a5b"},"message":"{\"CustomApiErrorPhrase\":\"\",\"ErrorSourceService\":\"\",\"HttpHeaders\":\"{}\",\"Message\":\"An error has occurred - Operation ID (for customer support): 2d5bf286-a38f-475e-8e40-d03044fbc970 - Activity ID: 7d0d5a9d-2f4c-4b8e-9e0a-3c2b1a0f9e8d - Url: https://fef.msua06.manage.microsoft.com/DeviceEnrollmentFE_2411/StatelessDeviceEnrollmentFEService/beta/deviceManagement/windowsAutopilotDeviceIdentities?api-version=2024-11-01\",\"RetryAfter\":null,\"_version\":3}"}})";
const QByteArray intuneNotFound =
        R"({"error":{"code":"ResourceNotFound","innerError":{"client-request-id":"7d0d5a9d-2f4c-4b8e-9e0a-3c2b1a0f9e8d","date":"2026-10-21T07:28:00Z","message":"{\"CustomApiErrorPhrase\":\"windowsAutopilotDeviceIdentity with id abc was not found.\",\"ErrorSourceService\":\"\",\"HttpHeaders\":\"{}\",\"Message\":\"An error has occurred - Operation ID (for customer support): f70c0bdb-ed0d-42d0-95f5-dc56388dce68 - Activity ID: 7d0d5a9d-2f4c-4b8e-9e0a-3c2b1a0f9e8d - Url: https://fef.msua06.manage.microsoft.com/DeviceEnrollmentFE_2411/StatelessDeviceEnrollmentFEService/beta/deviceManagement/windowsAutopilotDeviceIdentities?api-version=2024-11-01\",\"RetryAfter\":null,\"_version\":3}","request-id":"5a3c9f0e-1b2d-4e5f-8a9b-0c1d2e3f4a5b"},"message":"{\"CustomApiErrorPhrase\":\"windowsAutopilotDeviceIdentity with id abc was not found.\",\"ErrorSourceService\":\"\",\"HttpHeaders\":\"{}\",\"Message\":\"An error has occurred - Operation ID (for customer support): f70c0bdb-ed0d-42d0-95f5-dc56388dce68 - Activity ID: 7d0d5a9d-2f4c-4b8e-9e0a-3c2b1a0f9e8d - Url: https://fef.msua06.manage.microsoft.com/DeviceEnrollmentFE_2411/StatelessDeviceEnrollmentFEService/beta/deviceManagement/windowsAutopilotDeviceIdentities?api-version=2024-11-01\",\"RetryAfter\":null,\"_version\":3}"}})";
const QByteArray identityRedirectMismatch =
        R"({"correlation_id":"7d0d5a9d-2f4c-4b8e-9e0a-3c2b1a0f9e8d","error":"invalid_request","error_codes":[50011],"error_description":"AADSTS50011: The redirect URI 'http://localhost:1234' specified in the request does not match the redirect URIs configured for the application '14d82eec-204b-4c2f-b7e8-296a70dab67e'.\r\nTrace ID: 5a3c9f0e-1b2d-4e5f-8a9b-0c1d2e3f4a5b\r\nCorrelation ID: 7d0d5a9d-2f4c-4b8e-9e0a-3c2b1a0f9e8d\r\nTimestamp: 2026-10-21 07:28:00Z","error_uri":"https://login.microsoftonline.com/error?code=50011","timestamp":"2026-10-21 07:28:00Z","trace_id":"5a3c9f0e-1b2d-4e5f-8a9b-0c1d2e3f4a5b"})";
const QByteArray throttled =
        R"({"error":{"code":"TooManyRequests","innerError":{"client-request-id":"7d0d5a9d-2f4c-4b8e-9e0a-3c2b1a0f9e8d","date":"2026-10-21T07:28:00Z","request-id":"5a3c9f0e-1b2d-4e5f-8a9b-0c1d2e3f4a5b"},"message":"Please retry again later."}})";
// Intune as captured from the real service: pretty-printed with CRLF inside the string.
const QByteArray intunePretty =
        "{\"error\":{\"code\":\"ModelValidationFailure\",\"message\":\"{\\r\\n  \\\"_version\\\": 3,\\r\\n  "
        "\\\"Message\\\": \\\"An error has occurred - Operation ID (for customer support): "
        "00000000-0000-0000-0000-000000000000 - Activity ID: 11111111-2222-3333-4444-555555555555 - Url: "
        "https://fef.msub02.manage.microsoft.com/DeviceEnrollmentFE_2301/StatelessDeviceEnrollmentFEService/"
        "deviceManagement/deviceEnrollmentConfigurations('x')?api-version=5022-12-01\\\",\\r\\n  "
        "\\\"CustomApiErrorPhrase\\\": \\\"\\\",\\r\\n  \\\"RetryAfter\\\": null,\\r\\n  \\\"ErrorSourceService\\\": "
        "\\\"\\\",\\r\\n  \\\"HttpHeaders\\\": \\\"{}\\\"\\r\\n}\",\"innerError\":{\"date\":\"2023-02-01T10:11:12\","
        "\"request-id\":\"aaaaaaaa-0000-0000-0000-000000000001\",\"client-request-id\":"
        "\"11111111-2222-3333-4444-555555555555\"}}}";
const QByteArray htmlBadGateway =
        "<!DOCTYPE html>\r\n<html><head><title>502 Bad Gateway</title></head>"
        "<body><h1>502 Bad Gateway</h1><p>The upstream server did not answer.</p></body></html>";

const QString requestId = u"5a3c9f0e-1b2d-4e5f-8a9b-0c1d2e3f4a5b"_s;
const QString clientRequestId = u"7d0d5a9d-2f4c-4b8e-9e0a-3c2b1a0f9e8d"_s;

// "Name: value" lines.
Headers parseHeaders(const QByteArray &text)
{
    Headers headers;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

QString aadstsText(const QList<int> &codes)
{
    QStringList parts;
    for (const int code : codes)
        parts.append(QString::number(code));
    return parts.join(u',');
}

// A GraphError from a recipe, since test data columns hold plain values.
GraphError make(const QString &recipe, int status = 0, const QByteArray &body = {}, const QByteArray &headers = {},
                const QString &text = {})
{
    if (recipe == u"transport")
        return GraphError::fromTransport(status, text, clientRequestId);
    if (recipe == u"timeout")
        return GraphError::timeout(status, clientRequestId);
    if (recipe == u"cancelled")
        return GraphError::cancelled(clientRequestId);
    if (recipe == u"refused-host") { // what GraphClient builds before sending to a foreign host
        GraphError error;
        error.kind = GraphError::Kind::Redirect;
        error.transportMessage = u"Refused to send the request to evil.example: it is not the Graph host."_s;
        return error;
    }
    GraphError error = GraphError::fromResponse(status, body, parseHeaders(headers), now);
    if (recipe == u"permissions")
        error.requiredPermissions = QStringList{u"DeviceManagementServiceConfig.Read.All"_s,
                                                u"DeviceManagementServiceConfig.ReadWrite.All"_s};
    if (recipe == u"invalid")
        error.kind = GraphError::Kind::InvalidResponse;
    return error;
}

} // namespace

void TestGraphError::parsesBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("innerCode");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("clientRequestId");
    QTest::addColumn<QString>("date"); // ISO, "" for none
    QTest::addColumn<QString>("operationId");
    QTest::addColumn<QString>("activityId");
    QTest::addColumn<QString>("aadsts");
    QTest::addColumn<bool>("excerpt");

    const int http = int(GraphError::Kind::Http);
    const QString rid = requestId;
    const QString crid = clientRequestId;
    const QString at = u"2026-10-21T07:28:00Z"_s;

    QTest::newRow("graph envelope")
            << 404
            << QByteArray(
                       R"({"error":{"code":"Request_ResourceNotFound","message":"Resource 'x' does not exist.",)"
                       R"("innerError":{"date":"2026-10-21T07:28:00","request-id":"r-1","client-request-id":"c-1"}}})")
            << QByteArray() << http << u"Request_ResourceNotFound"_s << u"Resource 'x' does not exist."_s << QString()
            << u"r-1"_s << u"c-1"_s << at << QString() << QString() << QString() << false;
    QTest::newRow("nested innerError: innermost code")
            << 400
            << QByteArray(R"({"error":{"code":"invalidRequest","message":"Bad","innerError":{"code":"outer",)"
                          R"("request-id":"r-2","innerError":{"code":"badArgument","innerError":{"x":1}}}}})")
            << QByteArray() << http << u"invalidRequest"_s << u"Bad"_s << u"badArgument"_s << u"r-2"_s << QString()
            << QString() << QString() << QString() << QString() << false;
    QTest::newRow("innererror in lower case")
            << 400 << QByteArray(R"({"error":{"code":"x","message":"y","innererror":{"code":"z","request-id":"r"}}})")
            << QByteArray() << http << u"x"_s << u"y"_s << u"z"_s << u"r"_s << QString() << QString() << QString()
            << QString() << QString() << false;
    QTest::newRow("emulator intune 400") << 400 << intuneBadRequest << QByteArray() << http << u"BadRequest"_s
                                         << u"An error has occurred"_s << QString() << rid << crid << at
                                         << u"2d5bf286-a38f-475e-8e40-d03044fbc970"_s << crid << QString() << false;
    QTest::newRow("emulator intune 404 with phrase")
            << 404 << intuneNotFound << QByteArray() << http << u"ResourceNotFound"_s
            << u"windowsAutopilotDeviceIdentity with id abc was not found."_s << QString() << rid << crid << at
            << u"f70c0bdb-ed0d-42d0-95f5-dc56388dce68"_s << crid << QString() << false;
    QTest::newRow("intune pretty-printed")
            << 400 << intunePretty << QByteArray() << http << u"ModelValidationFailure"_s << u"An error has occurred"_s
            << QString() << u"aaaaaaaa-0000-0000-0000-000000000001"_s << u"11111111-2222-3333-4444-555555555555"_s
            << u"2023-02-01T10:11:12Z"_s << u"00000000-0000-0000-0000-000000000000"_s
            << u"11111111-2222-3333-4444-555555555555"_s << QString() << false;
    QTest::newRow("intune embedded json cut short")
            << 500
            << QByteArray(R"({"error":{"code":"InternalServerError","message":"{\"_version\":3,\"Message\":\"An error )"
                          R"(has occurred - Operation ID (for customer support): op-1 - Activity ID: act-1 - Url: )"
                          R"(https://fef.example/x\",\"CustomApiErrorPhrase\":\"Device is busy\",\"RetryAf"}})")
            << QByteArray() << http << u"InternalServerError"_s << u"Device is busy"_s << QString() << QString()
            << QString() << QString() << u"op-1"_s << u"act-1"_s << QString() << false;
    QTest::newRow("intune ids in plain text")
            << 500
            << QByteArray(R"({"error":{"code":"InternalServerError","message":"Something failed - Operation ID )"
                          R"((for customer support): op-2 - Activity ID: act-2 - Url: https://fef.example/y"}})")
            << QByteArray() << http << u"InternalServerError"_s << u"Something failed"_s << QString() << QString()
            << QString() << QString() << u"op-2"_s << u"act-2"_s << QString() << false;
    QTest::newRow("throttled") << 429 << throttled << QByteArray("Retry-After: 5") << http << u"TooManyRequests"_s
                               << u"Please retry again later."_s << QString() << rid << crid << at << QString()
                               << QString() << QString() << false;
    QTest::newRow("identity AADSTS50011")
            << 400 << identityRedirectMismatch << QByteArray() << http << u"invalid_request"_s
            << u"AADSTS50011: The redirect URI 'http://localhost:1234' specified in the request does not match the "
               "redirect URIs configured for the application '14d82eec-204b-4c2f-b7e8-296a70dab67e'."_s
            << QString() << rid << crid << at << QString() << QString() << u"50011"_s << false;
    QTest::newRow("identity codes from the description")
            << 400
            << QByteArray(R"({"error":"invalid_grant","error_description":"AADSTS70008: The code has expired. )"
                          R"(AADSTS50173: also this.\r\nTrace ID: t\r\nCorrelation ID: c"})")
            << QByteArray("x-ms-request-id: ms-rid") << http << u"invalid_grant"_s
            << u"AADSTS70008: The code has expired. AADSTS50173: also this."_s << QString() << u"ms-rid"_s << u"c"_s
            << QString() << QString() << QString() << u"70008,50173"_s << false;
    QTest::newRow("identity error only") << 400 << QByteArray(R"({"error":"authorization_pending"})") << QByteArray()
                                         << http << u"authorization_pending"_s << QString() << QString() << QString()
                                         << QString() << QString() << QString() << QString() << QString() << false;
    QTest::newRow("identity codes of wrong types")
            << 401
            << QByteArray(R"({"error":"invalid_client","error_description":7,"error_codes":["7000215",-1,"x",{},1.5]})")
            << QByteArray() << http << u"invalid_client"_s << u"7"_s << QString() << QString() << QString() << QString()
            << QString() << QString() << u"7000215"_s << false;
    QTest::newRow("odata v3") << 400
                              << QByteArray(R"({"odata.error":{"code":"Request_BadRequest","message":{"lang":"en",)"
                                            R"("value":"Invalid value."}}})")
                              << QByteArray() << http << u"Request_BadRequest"_s << u"Invalid value."_s << QString()
                              << QString() << QString() << QString() << QString() << QString() << QString() << false;
    QTest::newRow("utf-8 bom") << 409 << QByteArray("\xEF\xBB\xBF{\"error\":{\"code\":\"Conflict\",\"message\":\"m\"}}")
                               << QByteArray() << http << u"Conflict"_s << u"m"_s << QString() << QString() << QString()
                               << QString() << QString() << QString() << QString() << false;
    QTest::newRow("html 502") << 502 << htmlBadGateway << QByteArray("Content-Type: text/html") << http << QString()
                              << QString() << QString() << QString() << QString() << QString() << QString() << QString()
                              << QString() << true;
    QTest::newRow("empty 504") << 504 << QByteArray() << QByteArray() << http << QString() << QString() << QString()
                               << QString() << QString() << QString() << QString() << QString() << QString() << false;
    QTest::newRow("plain text") << 500 << QByteArray("upstream connect error or disconnect/reset before headers")
                                << QByteArray() << http << QString() << QString() << QString() << QString() << QString()
                                << QString() << QString() << QString() << QString() << true;
    QTest::newRow("malformed json") << 400 << QByteArray(R"({"error":{"code":"BadRequest","message":)") << QByteArray()
                                    << http << QString() << QString() << QString() << QString() << QString()
                                    << QString() << QString() << QString() << QString() << true;
    QTest::newRow("error is a number") << 400 << QByteArray(R"({"error":42})") << QByteArray() << http << QString()
                                       << QString() << QString() << QString() << QString() << QString() << QString()
                                       << QString() << QString() << true;
    QTest::newRow("error is an array") << 400 << QByteArray(R"({"error":["a"],"message":"top"})") << QByteArray()
                                       << http << QString() << u"top"_s << QString() << QString() << QString()
                                       << QString() << QString() << QString() << QString() << true;
    QTest::newRow("message is a number") << 400 << QByteArray(R"({"error":{"code":"BadRequest","message":42}})")
                                         << QByteArray() << http << u"BadRequest"_s << u"42"_s << QString() << QString()
                                         << QString() << QString() << QString() << QString() << QString() << false;
    QTest::newRow("code is an object") << 400
                                       << QByteArray(R"({"error":{"code":{"a":1},"message":null,"innerError":"text"}})")
                                       << QByteArray() << http << QString() << QString() << QString() << QString()
                                       << QString() << QString() << QString() << QString() << QString() << false;
    QTest::newRow("top-level array") << 400 << QByteArray("[1,2,3]") << QByteArray() << http << QString() << QString()
                                     << QString() << QString() << QString() << QString() << QString() << QString()
                                     << QString() << true;
    QTest::newRow("json null") << 500 << QByteArray("null") << QByteArray() << http << QString() << QString()
                               << QString() << QString() << QString() << QString() << QString() << QString()
                               << QString() << true;
    QTest::newRow("date from header")
            << 500 << QByteArray(R"({"error":{"code":"x","message":"y"}})")
            << QByteArray("Date: Wed, 21 Oct 2026 07:28:00 GMT\nrequest-id: h-rid\nclient-request-id: h-crid") << http
            << u"x"_s << u"y"_s << QString() << u"h-rid"_s << u"h-crid"_s << at << QString() << QString() << QString()
            << false;
    QTest::newRow("redirect") << 302 << QByteArray() << QByteArray("Location: https://elsewhere.example/?code=abc")
                              << int(GraphError::Kind::Redirect) << QString() << QString() << QString() << QString()
                              << QString() << QString() << QString() << QString() << QString() << false;
    QTest::newRow("2xx is invalid") << 200 << QByteArray("{\"value\":") << QByteArray()
                                    << int(GraphError::Kind::InvalidResponse) << QString() << QString() << QString()
                                    << QString() << QString() << QString() << QString() << QString() << QString()
                                    << true;
    QTest::newRow("status 0") << 0 << QByteArray() << QByteArray() << int(GraphError::Kind::InvalidResponse)
                              << QString() << QString() << QString() << QString() << QString() << QString() << QString()
                              << QString() << QString() << false;
}

void TestGraphError::parsesBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, headers);
    QFETCH(int, kind);

    const GraphError error = GraphError::fromResponse(status, body, parseHeaders(headers), now);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QTEST(error.code, "code");
    QTEST(error.message, "message");
    QTEST(error.innerCode, "innerCode");
    QTEST(error.requestId, "requestId");
    QTEST(error.clientRequestId, "clientRequestId");
    QTEST(error.date.isValid() ? error.date.toString(Qt::ISODate) : QString(), "date");
    QTEST(error.operationId, "operationId");
    QTEST(error.activityId, "activityId");
    QTEST(aadstsText(error.aadstsCodes), "aadsts");
    QTEST(!error.bodyExcerpt.isEmpty(), "excerpt");
    if (!error.bodyExcerpt.isEmpty())
        QVERIFY(body.startsWith(error.bodyExcerpt));
    QVERIFY(!error.summary().isEmpty());
}

void TestGraphError::headersWinOverBody()
{
    const GraphError error = GraphError::fromResponse(
            404, intuneNotFound,
            {{"REQUEST-ID", " header-rid "}, {"Client-Request-Id", "header-crid"}, {"date", "garbage"}}, now);
    QCOMPARE(error.requestId, u"header-rid"_s);
    QCOMPARE(error.clientRequestId, u"header-crid"_s);
    QCOMPARE(error.date, now); // innerError.date beats the Date header
}

void TestGraphError::hugeBodies()
{
    // A 5 MB HTML page: only the excerpt is kept.
    const QByteArray html = "<html><body>" + QByteArray(5 * 1024 * 1024, 'x') + "</body></html>";
    GraphError error = GraphError::fromResponse(502, html, {}, now);
    QCOMPARE(error.bodyExcerpt.size(), GraphError::maxExcerptBytes);
    QVERIFY(error.bodyExcerpt.startsWith("<html><body>xxx"));
    QVERIFY(error.summary().contains(u"HTML"_s));

    // Valid error JSON over a megabyte is not parsed: excerpt only.
    const QByteArray big = R"({"error":{"code":"BadRequest","message":")" + QByteArray(2 * 1024 * 1024, 'm') + R"("}})";
    error = GraphError::fromResponse(400, big, {}, now);
    QVERIFY(error.code.isEmpty());
    QCOMPARE(error.bodyExcerpt.size(), GraphError::maxExcerptBytes);

    // A long message inside a parsed body is capped.
    const QByteArray longMessage =
            R"({"error":{"code":"BadRequest","message":")" + QByteArray(500 * 1024, 'm') + R"("}})";
    error = GraphError::fromResponse(400, longMessage, {}, now);
    QCOMPARE(error.code, u"BadRequest"_s);
    QVERIFY(error.message.size() <= 4097);
    QVERIFY(error.summary().size() < 1000);
    QVERIFY(error.details().size() < 10'000);

    // Intune's embedded JSON cut short in the middle of a very long Message.
    const QByteArray brokenIntune = R"({"error":{"code":"BadRequest","message":"{\"_version\":3,\"Message\":\"An error)"
            + QByteArray(900 * 1024, 'm') + R"("}})";
    QElapsedTimer timer;
    timer.start();
    error = GraphError::fromResponse(400, brokenIntune, {}, now);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(error.code, u"BadRequest"_s);
    QVERIFY(error.message.size() <= 4097);
}

void TestGraphError::excerptIsRedactedAndValidUtf8()
{
    const QString jwt = test::makeUserToken(now);
    const QByteArray page = "<html><body><p>Bearer " + jwt.toUtf8() + "</p><p>access_token=opaque-secret-1</p>"
            + QByteArray("\xC3\xA9").repeated(2000) + "</body></html>";
    const GraphError error = GraphError::fromResponse(500, page, {}, now);
    QVERIFY(!error.bodyExcerpt.isEmpty());
    QVERIFY(error.bodyExcerpt.size() <= GraphError::maxExcerptBytes);
    QVERIFY(!error.bodyExcerpt.contains(jwt.section(u'.', 1, 1).toUtf8()));
    QVERIFY(!error.bodyExcerpt.contains("opaque-secret-1"));
    QVERIFY(error.bodyExcerpt.contains("[redacted]"));
    QVERIFY(!QString::fromUtf8(error.bodyExcerpt).contains(QChar::ReplacementCharacter));
}

void TestGraphError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<qint64>("expected"); // -1: nullopt

    QTest::newRow("seconds") << QByteArray("5") << now << qint64(5000);
    QTest::newRow("padded") << QByteArray(" 7 ") << now << qint64(7000);
    QTest::newRow("zero") << QByteArray("0") << now << qint64(0);
    QTest::newRow("fractional") << QByteArray("2.128") << now << qint64(2128);
    QTest::newRow("half") << QByteArray("0.5") << now << qint64(500);
    QTest::newRow("leading dot") << QByteArray(".25") << now << qint64(250);
    QTest::newRow("plus") << QByteArray("+3") << now << qint64(3000);
    QTest::newRow("negative") << QByteArray("-3") << now << qint64(0);
    QTest::newRow("negative fraction") << QByteArray("-0.5") << now << qint64(0);
    QTest::newRow("one hour") << QByteArray("3600") << now << qint64(3'600'000);
    QTest::newRow("over an hour") << QByteArray("3601") << now << qint64(3'600'000);
    QTest::newRow("huge") << QByteArray("99999999999999999999999999999") << now << qint64(3'600'000);
    QTest::newRow("empty") << QByteArray() << now << qint64(-1);
    QTest::newRow("blank") << QByteArray("   ") << now << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << now << qint64(-1);
    QTest::newRow("with unit") << QByteArray("5 seconds") << now << qint64(-1);
    QTest::newRow("exponent") << QByteArray("1e3") << now << qint64(-1);
    QTest::newRow("two dots") << QByteArray("1.2.3") << now << qint64(-1);
    QTest::newRow("binary") << QByteArray("\xff\xfe\x00", 3) << now << qint64(-1);
    QTest::newRow("very long") << QByteArray(1000, '1') << now << qint64(-1);
    // HTTP-dates: the whole difference, not the seconds field (07:28:00 has none).
    QTest::newRow("imf-fixdate") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << now.addSecs(-90) << qint64(90'000);
    QTest::newRow("imf-fixdate minutes") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << now.addSecs(-28 * 60)
                                         << qint64(28 * 60'000);
    QTest::newRow("imf-fixdate over an hour")
            << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << now.addDays(-1) << qint64(3'600'000);
    QTest::newRow("imf-fixdate past") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << now.addSecs(5) << qint64(0);
    QTest::newRow("imf-fixdate offset") << QByteArray("Wed, 21 Oct 2026 09:28:30 +0200") << now << qint64(30'000);
    QTest::newRow("rfc 850") << QByteArray("Wednesday, 21-Oct-26 07:28:10 GMT") << now << qint64(10'000);
    QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:30 2026") << now << qint64(30'000);
    QTest::newRow("lower-case month") << QByteArray("Wed, 21 oct 2026 07:28:01 GMT") << now << qint64(1000);
    QTest::newRow("invalid day") << QByteArray("Wed, 32 Oct 2026 07:28:00 GMT") << now << qint64(-1);
    QTest::newRow("invalid month") << QByteArray("Wed, 21 Foo 2026 07:28:00 GMT") << now << qint64(-1);
    QTest::newRow("invalid time") << QByteArray("Wed, 21 Oct 2026 25:28:00 GMT") << now << qint64(-1);
    QTest::newRow("no now") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << QDateTime() << qint64(-2);
}

void TestGraphError::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, from);
    QFETCH(qint64, expected);
    const std::optional<qint64> result = GraphError::parseRetryAfter(value, from);
    if (expected == -2) { // against the clock: some value in range
        QVERIFY(result.has_value());
        QVERIFY(*result >= 0 && *result <= GraphError::maxRetryAfterMs);
        return;
    }
    QCOMPARE(result.has_value(), expected >= 0);
    if (result)
        QCOMPARE(*result, expected);
}

void TestGraphError::retryAfterFromResponse()
{
    GraphError error = GraphError::fromResponse(429, throttled, {{"Retry-After", "2.128"}}, now);
    QCOMPARE(error.retryAfterMs.value_or(-1), 2128);
    error = GraphError::fromResponse(503, {}, {{"retry-after", "Wed, 21 Oct 2026 07:29:00 GMT"}}, now);
    QCOMPARE(error.retryAfterMs.value_or(-1), 60'000);
    error = GraphError::fromResponse(429, throttled, {{"Retry-After", "later"}}, now);
    QVERIFY(!error.retryAfterMs.has_value());
    error = GraphError::fromResponse(429, throttled, {}, now);
    QVERIFY(!error.retryAfterMs.has_value());
}

void TestGraphError::isThrottling_data()
{
    QTest::addColumn<QString>("recipe");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<bool>("expected");
    QTest::newRow("429") << u"response"_s << 429 << QByteArray() << true;
    QTest::newRow("429 with Retry-After") << u"response"_s << 429 << QByteArray("Retry-After: 5") << true;
    QTest::newRow("503 with Retry-After") << u"response"_s << 503 << QByteArray("Retry-After: 2") << true;
    QTest::newRow("503 without") << u"response"_s << 503 << QByteArray() << false;
    QTest::newRow("500 with Retry-After") << u"response"_s << 500 << QByteArray("Retry-After: 2") << false;
    QTest::newRow("404") << u"response"_s << 404 << QByteArray() << false;
    QTest::newRow("transport") << u"transport"_s << 1 << QByteArray() << false;
    QTest::newRow("timeout") << u"timeout"_s << 30000 << QByteArray() << false;
}

void TestGraphError::isThrottling()
{
    QFETCH(QString, recipe);
    QFETCH(int, status);
    QFETCH(QByteArray, headers);
    QTEST(make(recipe, status, {}, headers).isThrottling(), "expected");
}

void TestGraphError::isRetryable_data()
{
    QTest::addColumn<QString>("recipe");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("read"); // retryable for an idempotent read
    QTest::addColumn<bool>("write"); // retryable otherwise

    for (const int status : {429, 503, 504})
        QTest::addRow("%d", status) << u"response"_s << status << true << true;
    for (const int status : {500, 502})
        QTest::addRow("%d", status) << u"response"_s << status << true << false;
    for (const int status : {400, 401, 403, 404, 405, 408, 409, 412, 413, 422, 424, 501, 507, 509})
        QTest::addRow("%d", status) << u"response"_s << status << false << false;
    QTest::newRow("transport") << u"transport"_s << int(QNetworkReply::ConnectionRefusedError) << true << false;
    QTest::newRow("timeout") << u"timeout"_s << 30000 << true << false;
    QTest::newRow("cancelled") << u"cancelled"_s << 0 << false << false;
    QTest::newRow("redirect") << u"response"_s << 302 << false << false;
    QTest::newRow("refused host") << u"refused-host"_s << 0 << false << false;
    QTest::newRow("invalid response") << u"invalid"_s << 200 << false << false;
}

void TestGraphError::isRetryable()
{
    QFETCH(QString, recipe);
    QFETCH(int, status);
    const GraphError error = make(recipe, status);
    QTEST(error.isRetryable(true), "read");
    QTEST(error.isRetryable(false), "write");
}

void TestGraphError::summary_data()
{
    QTest::addColumn<QString>("recipe");
    QTest::addColumn<int>("status"); // or network error, or timeout ms
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("text"); // transport error string
    QTest::addColumn<QString>("expected");

    const auto graph = [](const char *code, const char *message) -> QByteArray {
        return QByteArray(R"({"error":{"code":")") + code + R"(","message":")" + message + R"("}})";
    };
    QTest::newRow("401 expired")
            << u"response"_s << 401
            << graph("InvalidAuthenticationToken", "Lifetime validation failed, the token is expired.") << QByteArray()
            << QString()
            << u"Microsoft Graph refused the request because the token has expired (401 InvalidAuthenticationToken)."_s;
    QTest::newRow("401 empty token") << u"response"_s << 401
                                     << graph("InvalidAuthenticationToken", "Access token is empty.") << QByteArray()
                                     << QString()
                                     << u"Microsoft Graph refused the request because the sign-in is not valid (401 "
                                        u"InvalidAuthenticationToken): "
                                        "Access token is empty."_s;
    QTest::newRow("400 with message")
            << u"response"_s << 400 << graph("BadRequest", "Invalid filter clause") << QByteArray() << QString()
            << u"Microsoft Graph rejected the request as invalid (400 BadRequest): Invalid filter clause."_s;
    QTest::newRow("400 intune generic") << u"response"_s << 400 << intuneBadRequest << QByteArray() << QString()
                                        << u"Microsoft Graph rejected the request as invalid (400 BadRequest)."_s;
    QTest::newRow("403") << u"response"_s << 403 << graph("Authorization_RequestDenied", "") << QByteArray()
                         << QString()
                         << u"Microsoft Graph denied access to this operation (403 Authorization_RequestDenied)."_s;
    QTest::newRow("403 with permissions")
            << u"permissions"_s << 403 << QByteArray() << QByteArray() << QString()
            << u"Microsoft Graph denied access (403); the account needs one of these permissions: "
               "DeviceManagementServiceConfig.Read.All, DeviceManagementServiceConfig.ReadWrite.All."_s;
    QTest::newRow("404 empty") << u"response"_s << 404 << QByteArray() << QByteArray() << QString()
                               << u"The requested item was not found (404)."_s;
    QTest::newRow("404 intune phrase")
            << u"response"_s << 404 << intuneNotFound << QByteArray() << QString()
            << u"The requested item was not found (404 ResourceNotFound): windowsAutopilotDeviceIdentity with id abc "
               "was not found."_s;
    QTest::newRow("409")
            << u"response"_s << 409 << graph("Conflict", "Sync in progress") << QByteArray() << QString()
            << u"The change conflicts with the current state of the item (409 Conflict): Sync in progress."_s;
    QTest::newRow("412") << u"response"_s << 412 << QByteArray() << QByteArray() << QString()
                         << u"The item was changed elsewhere since it was loaded; reload it and try again (412)."_s;
    QTest::newRow("429 seconds") << u"response"_s << 429 << throttled << QByteArray("Retry-After: 5") << QString()
                                 << u"Microsoft Graph is throttling requests; retry after 5 second(s)."_s;
    QTest::newRow("429 one second") << u"response"_s << 429 << throttled << QByteArray("Retry-After: 1") << QString()
                                    << u"Microsoft Graph is throttling requests; retry after 1 second(s)."_s;
    QTest::newRow("429 fractional") << u"response"_s << 429 << throttled << QByteArray("Retry-After: 2.128")
                                    << QString()
                                    << u"Microsoft Graph is throttling requests; retry after 3 second(s)."_s;
    QTest::newRow("429 minutes") << u"response"_s << 429 << throttled << QByteArray("Retry-After: 600") << QString()
                                 << u"Microsoft Graph is throttling requests; retry after 10 minute(s)."_s;
    QTest::newRow("429 no Retry-After") << u"response"_s << 429 << throttled << QByteArray() << QString()
                                        << u"Microsoft Graph is throttling requests; retry in a moment."_s;
    QTest::newRow("500") << u"response"_s << 500 << graph("InternalServerError", "An error has occurred.")
                         << QByteArray() << QString()
                         << u"Microsoft Graph had an internal error (500 InternalServerError)."_s;
    QTest::newRow("502 html") << u"response"_s << 502 << htmlBadGateway << QByteArray() << QString()
                              << u"The server answered with an HTML page instead of Graph JSON (502)."_s;
    QTest::newRow("502 json") << u"response"_s << 502 << graph("BadGateway", "") << QByteArray() << QString()
                              << u"Microsoft Graph's gateway got no valid answer from the service (502 BadGateway)."_s;
    QTest::newRow("500 text") << u"response"_s << 500 << QByteArray("upstream reset") << QByteArray() << QString()
                              << u"The server's answer was not Graph JSON (500)."_s;
    QTest::newRow("503") << u"response"_s << 503 << QByteArray() << QByteArray() << QString()
                         << u"Microsoft Graph is temporarily unavailable (503)."_s;
    QTest::newRow("503 Retry-After") << u"response"_s << 503 << QByteArray() << QByteArray("Retry-After: 2")
                                     << QString()
                                     << u"Microsoft Graph is temporarily unavailable; retry after 2 second(s)."_s;
    QTest::newRow("504 empty") << u"response"_s << 504 << QByteArray() << QByteArray() << QString()
                               << u"Microsoft Graph did not answer in time (504)."_s;
    QTest::newRow("507") << u"response"_s << 507 << graph("InsufficientStorage", "") << QByteArray() << QString()
                         << u"The tenant's storage quota in Microsoft Graph is used up (507 InsufficientStorage)."_s;
    QTest::newRow("418 other") << u"response"_s << 418 << QByteArray() << QByteArray() << QString()
                               << u"Microsoft Graph could not complete the request (418)."_s;
    QTest::newRow("identity")
            << u"response"_s << 400 << identityRedirectMismatch << QByteArray() << QString()
            << u"Microsoft sign-in refused the request (400 invalid_request): AADSTS50011: The redirect URI "
               "'http://localhost:1234' specified in the request does not match the redirect URIs configured for the "
               "application '14d82eec-204b-4c2f-b7e8-296a70dab67e'."_s;
    QTest::newRow("transport refused") << u"transport"_s << int(QNetworkReply::ConnectionRefusedError) << QByteArray()
                                       << QByteArray() << u"Connection refused"_s
                                       << u"Could not connect to Microsoft Graph: Connection refused."_s;
    QTest::newRow("transport host not found")
            << u"transport"_s << int(QNetworkReply::HostNotFoundError) << QByteArray() << QByteArray()
            << u"Host graph.microsoft.com not found"_s
            << u"Could not connect to Microsoft Graph: Host graph.microsoft.com not found."_s;
    QTest::newRow("transport closed") << u"transport"_s << int(QNetworkReply::RemoteHostClosedError) << QByteArray()
                                      << QByteArray() << u"Connection closed"_s
                                      << u"Microsoft Graph closed the connection unexpectedly: Connection closed."_s;
    QTest::newRow("transport tls") << u"transport"_s << int(QNetworkReply::SslHandshakeFailedError) << QByteArray()
                                   << QByteArray() << u"The issuer certificate could not be found."_s
                                   << u"The secure connection to Microsoft Graph failed: The issuer certificate could "
                                      "not be found."_s;
    QTest::newRow("transport proxy") << u"transport"_s << int(QNetworkReply::ProxyNotFoundError) << QByteArray()
                                     << QByteArray() << u"Proxy not found"_s
                                     << u"The proxy server failed: Proxy not found."_s;
    QTest::newRow("transport no message")
            << u"transport"_s << int(QNetworkReply::UnknownNetworkError) << QByteArray() << QByteArray() << QString()
            << u"The request to Microsoft Graph failed: network error 99."_s;
    QTest::newRow("timeout") << u"timeout"_s << 30000 << QByteArray() << QByteArray() << QString()
                             << u"No answer from Microsoft Graph within 30 second(s)."_s;
    QTest::newRow("timeout short") << u"timeout"_s << 200 << QByteArray() << QByteArray() << QString()
                                   << u"No answer from Microsoft Graph within 1 second(s)."_s;
    QTest::newRow("timeout unknown") << u"timeout"_s << 0 << QByteArray() << QByteArray() << QString()
                                     << u"No answer from Microsoft Graph in time."_s;
    QTest::newRow("cancelled") << u"cancelled"_s << 0 << QByteArray() << QByteArray() << QString()
                               << u"The request was cancelled."_s;
    QTest::newRow("invalid 200") << u"invalid"_s << 200 << QByteArray("{\"value\":") << QByteArray() << QString()
                                 << u"Microsoft Graph sent a response that could not be read (200)."_s;
    QTest::newRow("invalid html") << u"invalid"_s << 200 << htmlBadGateway << QByteArray() << QString()
                                  << u"The server answered with an HTML page instead of Graph JSON (200)."_s;
    QTest::newRow("redirect") << u"response"_s << 302 << QByteArray() << QByteArray("Location: https://x.example/")
                              << QString()
                              << u"Microsoft Graph answered with a redirect (302), which is not followed."_s;
    QTest::newRow("refused host") << u"refused-host"_s << 0 << QByteArray() << QByteArray() << QString()
                                  << u"The request was not sent because its address is not on the Microsoft Graph "
                                     "host."_s;
}

void TestGraphError::summary()
{
    QFETCH(QString, recipe);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, headers);
    QFETCH(QString, text);
    const GraphError error = make(recipe, status, body, headers, text);
    QTEST(error.summary(), "expected");
    QVERIFY(!error.summary().contains(u'\n'));
    QVERIFY(error.details().startsWith(error.summary()));
}

void TestGraphError::summaryForEveryKind()
{
    using Kind = GraphError::Kind;
    for (const Kind kind :
         {Kind::Http, Kind::Transport, Kind::Timeout, Kind::Cancelled, Kind::InvalidResponse, Kind::Redirect}) {
        GraphError bare; // nothing but the kind: still a sentence
        bare.kind = kind;
        QVERIFY2(bare.summary().size() > 10, qPrintable(bare.summary()));
        QVERIFY(bare.summary().endsWith(u'.'));
        QVERIFY(!bare.details().isEmpty());
        for (const int status : {0, 200, 302, 400, 401, 403, 404, 409, 412, 429, 500, 502, 503, 504, 507, 599, 999}) {
            GraphError error = bare;
            error.httpStatus = status;
            QVERIFY2(error.summary().size() > 10, qPrintable(error.summary()));
        }
    }
}

void TestGraphError::detailsHaveIds()
{
    const GraphError error = GraphError::fromResponse(400, intuneBadRequest,
                                                      {{"request-id", requestId.toLatin1()},
                                                       {"client-request-id", clientRequestId.toLatin1()},
                                                       {"Retry-After", "2.128"}},
                                                      now);
    const QStringList lines = error.details().split(u'\n');
    QCOMPARE(lines.first(), error.summary());
    QVERIFY(lines.contains(u"HTTP status: 400 Bad Request"_s));
    QVERIFY(lines.contains(u"Error code: BadRequest"_s));
    QVERIFY(lines.contains(u"Message: An error has occurred"_s));
    QVERIFY(lines.contains(u"request-id: "_s + requestId));
    QVERIFY(lines.contains(u"client-request-id: "_s + clientRequestId));
    QVERIFY(lines.contains(u"Date: 2026-10-21T07:28:00Z"_s));
    QVERIFY(lines.contains(u"Operation ID: 2d5bf286-a38f-475e-8e40-d03044fbc970"_s));
    QVERIFY(lines.contains(u"Activity ID: "_s + clientRequestId));
    QVERIFY(lines.contains(u"Retry after: 2.128 s"_s));

    const GraphError identity = GraphError::fromResponse(400, identityRedirectMismatch, {}, now);
    QVERIFY(identity.details().split(u'\n').contains(u"AADSTS codes: AADSTS50011"_s));
    QVERIFY(identity.details().contains(u"request-id: "_s + requestId));

    const GraphError transport =
            GraphError::fromTransport(QNetworkReply::ConnectionRefusedError, u"Connection refused"_s, u"c-1"_s);
    QVERIFY(transport.details().split(u'\n').contains(u"Network error: ConnectionRefusedError (Connection refused)"_s));
    QVERIFY(transport.details().contains(u"client-request-id: c-1"_s));
}

void TestGraphError::detailsOnlyLinesWithValues()
{
    for (const GraphError &error :
         {GraphError::cancelled(QString()), GraphError::timeout(1000, QString()),
          GraphError::fromResponse(504, {}, {}, now), GraphError::fromResponse(502, htmlBadGateway, {}, now)}) {
        const QStringList lines = error.details().split(u'\n');
        for (const QString &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(u": "_s);
            QVERIFY2(colon > 0 && !line.mid(colon + 2).trimmed().isEmpty(), qPrintable(line));
        }
    }
    QCOMPARE(GraphError::cancelled(QString()).details(), GraphError::cancelled(QString()).summary());
}

void TestGraphError::neverAToken_data()
{
    const QString jwt = test::makeUserToken(now);
    QTest::addColumn<QString>("recipe");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");

    QTest::newRow("jwt in message") << u"response"_s << 401
                                    << QByteArray(R"({"error":{"code":"InvalidAuthenticationToken","message":"Token )"
                                                  + jwt.toUtf8() + R"( is not valid"}})")
                                    << QString() << jwt.section(u'.', 2);
    QTest::newRow("bearer in message")
            << u"response"_s << 400
            << QByteArray(R"({"error":{"code":"x","message":"Authorization: Bearer opaque-token-value was sent"}})")
            << QString() << u"opaque-token-value"_s;
    QTest::newRow("secret in identity description")
            << u"response"_s << 401
            << QByteArray(
                       R"({"error":"invalid_client","error_description":"AADSTS7000215: client_secret=Abc~123.xyz"})")
            << QString() << u"Abc~123.xyz"_s;
    QTest::newRow("token in html page") << u"response"_s << 502
                                        << QByteArray("<html>access_token=" + jwt.toUtf8() + "</html>") << QString()
                                        << jwt.section(u'.', 1, 1);
    QTest::newRow("code in redirect") << u"response"_s << 302 << QByteArray() << QString() << u"authcode-123"_s;
    QTest::newRow("transport message") << u"transport"_s << int(QNetworkReply::ProtocolFailure) << QByteArray()
                                       << QString(u"Error transferring https://x/?code=authcode-123 - Bearer "_s + jwt)
                                       << jwt.section(u'.', 2);
}

void TestGraphError::neverAToken()
{
    QFETCH(QString, recipe);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const GraphError error = make(
            recipe, status, body,
            status == 302 ? QByteArray("Location: https://evil.example/cb?code=authcode-123&x=1") : QByteArray(), text);
    QVERIFY(!secret.isEmpty());
    QVERIFY2(!error.summary().contains(secret), qPrintable(error.summary()));
    QVERIFY2(!error.details().contains(secret), qPrintable(error.details()));
    QVERIFY(!error.message.contains(secret));
    QVERIFY(!error.transportMessage.contains(secret));
    QVERIFY(!error.bodyExcerpt.contains(secret.toUtf8()));
}

void TestGraphError::neverCrashes()
{
    // Every prefix of every sample, and random bytes: no crash, always a sentence.
    QList<QByteArray> samples{intuneBadRequest, intuneNotFound, identityRedirectMismatch,
                              throttled,        intunePretty,   htmlBadGateway};
    QRandomGenerator random(20261021);
    for (int i = 0; i < 200; ++i) {
        QByteArray noise(static_cast<qsizetype>(random.bounded(300)), Qt::Uninitialized);
        for (char &c : noise)
            c = static_cast<char>(random.bounded(256));
        samples.append(noise);
        samples.append("{\"error\":" + noise);
    }
    const QList<int> statuses{0, 200, 302, 400, 401, 403, 404, 429, 500, 502, 503, 504, 507, 999, -1};
    int checked = 0;
    for (const QByteArray &sample : std::as_const(samples)) {
        for (qsizetype length = 0; length <= sample.size(); ++length) {
            const int status = statuses.at(checked++ % statuses.size());
            const GraphError error = GraphError::fromResponse(status, sample.left(length),
                                                              {{"Retry-After", sample.mid(length, 8)}}, now);
            QVERIFY(!error.summary().isEmpty());
            QVERIFY(error.bodyExcerpt.size() <= GraphError::maxExcerptBytes);
            if (error.retryAfterMs)
                QVERIFY(*error.retryAfterMs >= 0 && *error.retryAfterMs <= GraphError::maxRetryAfterMs);
        }
    }
    QVERIFY(checked > 5000);
}

QTEST_GUILESS_MAIN(TestGraphError)
#include "tst_GraphError.moc"
