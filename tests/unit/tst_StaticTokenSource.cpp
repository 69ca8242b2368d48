#include "auth/StaticTokenSource.h"

#include "TestJwt.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestStaticTokenSource final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTokenFile_data();
    void readsTokenFile();
    void opaqueTokenAccepted();
    void rejects_data();
    void rejects();
    void missingAndOversizedFiles();
};

static QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(u"token.txt"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}

void TestStaticTokenSource::readsTokenFile_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("bare") << QString() << QString();
    QTest::newRow("trailing newline") << QString() << u"\n"_s;
    QTest::newRow("crlf and spaces") << u"  "_s << u" \r\n"_s;
    QTest::newRow("bearer prefix") << u"Bearer "_s << u"\n"_s;
    QTest::newRow("lower-case bearer") << u"bearer  "_s << QString();
}

void TestStaticTokenSource::readsTokenFile()
{
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    const QString token = test::makeUserToken(QDateTime::currentDateTimeUtc().addSecs(3600));
    const auto source = StaticTokenSource::fromFile(writeFile(dir, (prefix + token + suffix).toUtf8()));
    QVERIFY2(source.ok(), source.ok() ? "" : qPrintable(source.error()));
    QCOMPARE(source.value()->accessToken(), token);
    QCOMPARE(source.value()->claims().userPrincipalName, u"adele@contoso.com"_s);
    QVERIFY(source.value()->methodDescription().contains(u"token.txt"_s));
}

void TestStaticTokenSource::opaqueTokenAccepted()
{
    const auto source = StaticTokenSource::fromText(u"EwBwA8l6BAAUopaque+/="_s, u"clipboard"_s);
    QVERIFY(source.ok());
    QCOMPARE(source.value()->accessToken(), u"EwBwA8l6BAAUopaque+/="_s);
    QCOMPARE(source.value()->claims().identityLabel(), u"Unknown identity"_s);
}

void TestStaticTokenSource::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("whitespace") << u" \n\t "_s;
    QTest::newRow("only bearer") << u"Bearer "_s;
    QTest::newRow("two tokens") << u"abc.def.ghi\njkl.mno.pqr"_s;
    QTest::newRow("json") << u"{\"access_token\":\"x\"}"_s;
    QTest::newRow("spaces inside") << u"abc def"_s;
}

void TestStaticTokenSource::rejects()
{
    QFETCH(QString, text);
    const auto source = StaticTokenSource::fromText(text, u"token.txt"_s);
    QVERIFY(!source.ok());
    QVERIFY(source.error().contains(u"token.txt"_s));
}

void TestStaticTokenSource::missingAndOversizedFiles()
{
    QTemporaryDir dir;
    auto missing = StaticTokenSource::fromFile(dir.filePath(u"nope.txt"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(u"does not exist"_s));

    auto directory = StaticTokenSource::fromFile(dir.path());
    QVERIFY(!directory.ok());

    auto huge = StaticTokenSource::fromFile(writeFile(dir, QByteArray(StaticTokenSource::maxFileBytes + 1, 'a')));
    QVERIFY(!huge.ok());
    QVERIFY(huge.error().contains(u"64 KiB"_s));
}

QTEST_GUILESS_MAIN(TestStaticTokenSource)
#include "tst_StaticTokenSource.moc"
