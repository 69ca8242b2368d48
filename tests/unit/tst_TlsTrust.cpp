#include "core/TlsTrust.h"

#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestTlsTrust final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addsPemAndDer_data();
    void addsPemAndDer();
    void rejects_data();
    void rejects();
};

static bool trusted()
{
    const auto cas = QSslConfiguration::defaultConfiguration().caCertificates();
    return std::any_of(cas.cbegin(), cas.cend(), [](const QSslCertificate &c) {
        return c.subjectInfo(QSslCertificate::CommonName).contains(u"Enrollment Desk Test CA"_s);
    });
}

void TestTlsTrust::addsPemAndDer_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("pem") << u"test-ca.pem"_s;
    QTest::newRow("der") << u"test-ca.der"_s;
}

void TestTlsTrust::addsPemAndDer()
{
    QFETCH(QString, file);
    const auto added = TlsTrust::addCaFile(QStringLiteral(ED_TEST_DATA_DIR) + u'/' + file);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error()));
    QCOMPARE(added.value(), 1);
    QVERIFY(trusted());
}

void TestTlsTrust::rejects_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing") << u"/nonexistent/ca.pem"_s << u"does not exist"_s;
    QTest::newRow("directory") << QStringLiteral(ED_TEST_DATA_DIR) << u"cannot be read"_s;
    QTest::newRow("not a certificate") << QStringLiteral(ED_TEST_DATA_DIR "/not-a-certificate.pem")
                                       << u"no PEM or DER certificate"_s;
}

void TestTlsTrust::rejects()
{
    QFETCH(QString, path);
    QFETCH(QString, messagePart);
    const auto added = TlsTrust::addCaFile(path);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(messagePart), qPrintable(added.error()));
}

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_TlsTrust.moc"
