// Fails when a shipped .ts file has an unfinished, empty, vanished or missing entry: every
// translatable string of src/ and ui/ (as lupdate sees it now) must be in every catalogue.
// Arguments: <lupdate> <ts file>...

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or its numerus forms
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS")
                catalogue.language = xml.attributes().value(u"language"_s).toString();
            else if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message")
                message = Message{context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", {}, {}};
            else if (name == u"source")
                message.source = xml.readElementText();
            else if (name == u"comment")
                message.comment = xml.readElementText();
            else if (name == u"translation") {
                message.translationType = xml.attributes().value(u"type"_s).toString();
                if (!message.numerus)
                    message.forms.append(xml.readElementText());
            } else if (name == u"numerusform")
                message.forms.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == u"message") {
            catalogue.messages.append(message);
        }
    }
    if (xml.hasError())
        catalogue.error = xml.errorString();
    return catalogue;
}

QString keyOf(const Message &m)
{
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
}

int pluralFormsFor(const QString &language)
{
    const QString base = language.section(u'_', 0, 0);
    if (base == u"ja" || base == u"zh" || base == u"ko")
        return 1;
    return 2; // en, de, fr, es …
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT
public:
    TestTranslations(QString lupdate, QStringList tsFiles)
        : m_lupdate(std::move(lupdate))
        , m_tsFiles(std::move(tsFiles))
    { }

private Q_SLOTS:
    void initTestCase();
    void catalogueComplete_data();
    void catalogueComplete();
    void catalogueMatchesSources_data();
    void catalogueMatchesSources();

private:
    void addRows();

    QString m_lupdate;
    QStringList m_tsFiles;
    QSet<QString> m_sourceKeys;
};

void TestTranslations::initTestCase()
{
    QVERIFY2(!m_tsFiles.isEmpty(), "usage: tst_Translations <lupdate> <ts file>...");
    QTemporaryDir dir;
    const QString generated = dir.filePath(u"current_de.ts"_s);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(ED_SOURCE_DIR));
    lupdate.start(
            m_lupdate,
            {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s, u"src"_s, u"ui"_s, u"-ts"_s, generated});
    QVERIFY2(lupdate.waitForFinished(120'000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    const Catalogue current = readCatalogue(generated);
    QVERIFY2(current.error.isEmpty(), qPrintable(current.error));
    for (const Message &m : current.messages)
        m_sourceKeys.insert(keyOf(m));
    QVERIFY2(m_sourceKeys.size() > 50, "lupdate found suspiciously few strings");
}

void TestTranslations::addRows()
{
    QTest::addColumn<QString>("tsFile");
    for (const QString &file : std::as_const(m_tsFiles))
        QTest::newRow(qPrintable(file.section(u'/', -1))) << file;
}

void TestTranslations::catalogueComplete_data()
{
    addRows();
}

void TestTranslations::catalogueComplete()
{
    QFETCH(QString, tsFile);
    const Catalogue catalogue = readCatalogue(tsFile);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QVERIFY(!catalogue.language.isEmpty());
    // English is the source language: its catalogue carries the plural forms; other entries
    // fall back to the source text by design.
    const bool sourceLanguage = catalogue.language.startsWith(u"en"_s);
    const int plurals = pluralFormsFor(catalogue.language);
    QStringList problems;
    for (const Message &m : catalogue.messages) {
        const QString where = u"%1 / \"%2\""_s.arg(m.context, m.source);
        if (m.translationType == u"vanished" || m.translationType == u"obsolete") {
            problems.append(u"stale entry: "_s + where);
            continue;
        }
        if (sourceLanguage && !m.numerus)
            continue;
        if (m.translationType == u"unfinished")
            problems.append(u"unfinished: "_s + where);
        if (m.numerus && m.forms.size() != plurals)
            problems.append(u"%1 plural forms instead of %2: %3"_s.arg(m.forms.size()).arg(plurals).arg(where));
        if (std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &f) { return f.isEmpty(); }))
            problems.append(u"empty translation: "_s + where);
        if (m.source.contains(u"%1"_s)
            && !std::all_of(m.forms.cbegin(), m.forms.cend(), [&](const QString &f) { return f.contains(u"%1"_s); }))
            problems.append(u"placeholder %1 lost: "_s + where);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::catalogueMatchesSources_data()
{
    addRows();
}

void TestTranslations::catalogueMatchesSources()
{
    QFETCH(QString, tsFile);
    const Catalogue catalogue = readCatalogue(tsFile);
    QSet<QString> shipped;
    for (const Message &m : catalogue.messages)
        shipped.insert(keyOf(m));
    QStringList problems;
    for (const QString &key : std::as_const(m_sourceKeys))
        if (!shipped.contains(key))
            problems.append(u"missing: "_s + QString(key).replace(u'\x1f', u" / "_s));
    for (const QString &key : std::as_const(shipped))
        if (!m_sourceKeys.contains(key))
            problems.append(u"no longer in the sources: "_s + QString(key).replace(u'\x1f', u" / "_s));
    problems.sort();
    QVERIFY2(problems.isEmpty(), qPrintable(u"Run ./dev translations and translate:\n"_s + problems.join(u'\n')));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    if (arguments.size() < 3) {
        qCritical("usage: tst_Translations <lupdate> <ts file>... [-- QTest options]");
        return 2;
    }
    const qsizetype separator = arguments.indexOf(u"--"_s);
    const QStringList ours = arguments.mid(1, separator < 0 ? -1 : separator - 1);
    QStringList testArguments{arguments.constFirst()};
    if (separator >= 0)
        testArguments += arguments.mid(separator + 1);
    TestTranslations test(ours.constFirst(), ours.mid(1));
    return QTest::qExec(&test, testArguments);
}

#include "tst_Translations.moc"
