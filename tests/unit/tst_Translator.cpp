#include "app/Translator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestTranslator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void embeddedCatalogues();
    void german();
    void regionalVariantFallsBackToLanguage();
    void englishPluralForms();
    void unknownLanguageFallsBackToEnglish();
    void switchingBackRemovesGerman();
    void systemLanguageWhenNoneGiven();
};

static QString pending()
{
    return QCoreApplication::translate("ed::ActivityModel", "Pending");
}

static QString changes(int n)
{
    return QCoreApplication::translate("ed::ActivityView", "%Ln change(s)", nullptr, n);
}

void TestTranslator::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestTranslator::embeddedCatalogues()
{
    const QStringList languages = Translator::availableLanguages();
    QVERIFY2(languages.contains(u"de"_s), qPrintable(languages.join(u',')));
    QVERIFY(languages.contains(u"en"_s));
}

void TestTranslator::german()
{
    Translator translator;
    QCOMPARE(translator.install(u"de"_s), u"de"_s);
    QCOMPARE(pending(), u"Ausstehend"_s);
    QCOMPARE(changes(1), u"1 Änderung"_s);
    QCOMPARE(changes(3), u"3 Änderungen"_s);
    QCOMPARE(QLocale().language(), QLocale::German);
    // Qt's own strings (dialog buttons, context menus) come from the system's qt_de.qm.
    QVERIFY(translator.qtCatalogueLoaded());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
}

void TestTranslator::regionalVariantFallsBackToLanguage()
{
    Translator translator;
    QCOMPARE(translator.install(u"de_AT"_s), u"de"_s);
    QCOMPARE(pending(), u"Ausstehend"_s);
    QCOMPARE(QLocale().territory(), QLocale::Austria);
}

void TestTranslator::englishPluralForms()
{
    Translator translator;
    QCOMPARE(translator.install(u"en"_s), u"en"_s);
    QCOMPARE(pending(), u"Pending"_s);
    QCOMPARE(changes(1), u"1 change"_s);
    QCOMPARE(changes(2), u"2 changes"_s);
    QCOMPARE(changes(0), u"0 changes"_s);
}

void TestTranslator::unknownLanguageFallsBackToEnglish()
{
    Translator translator;
    QCOMPARE(translator.install(u"xx"_s), u"en"_s); // not the system's German either
    QCOMPARE(pending(), u"Pending"_s);
}

void TestTranslator::switchingBackRemovesGerman()
{
    Translator translator;
    translator.install(u"de"_s);
    QCOMPARE(pending(), u"Ausstehend"_s);
    translator.install(u"en"_s);
    QCOMPARE(pending(), u"Pending"_s);
    QVERIFY(!translator.qtCatalogueLoaded());
}

void TestTranslator::systemLanguageWhenNoneGiven()
{
    // main() made the system locale Austrian German before Qt read it.
    QCOMPARE(QLocale::system().language(), QLocale::German);
    Translator translator;
    QCOMPARE(translator.install(QString()), u"de"_s);
    QCOMPARE(pending(), u"Ausstehend"_s);
    QCOMPARE(QLocale().territory(), QLocale::Austria);
}

int main(int argc, char *argv[])
{
    // The desktop session's language, as Qt reads it on Unix. Explicit languages in the other
    // tests must win over it.
    qputenv("LC_ALL", "de_AT.UTF-8");
    qputenv("LANGUAGE", "de_AT:de");
    QCoreApplication app(argc, argv);
    TestTranslator test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_Translator.moc"
