#include "Translator.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ed {

using namespace Qt::StringLiterals;

namespace {
constexpr QLatin1StringView cataloguePrefix{"enrollment-desk_"};
}

Translator::Translator() = default;

Translator::~Translator()
{
    remove();
}

QStringList Translator::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(catalogueDirectory).entryList({cataloguePrefix + u"*.qm"_s}, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(cataloguePrefix.size()).chopped(3));
    return languages;
}

void Translator::remove()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
    m_qtLoaded = false;
}

QString Translator::install(const QString &language)
{
    remove();
    const QStringList candidates = language.isEmpty() ? QLocale::system().uiLanguages() : QStringList{language};

    auto appTranslator = std::make_unique<QTranslator>();
    QLocale chosen(QLocale::English, QLocale::UnitedStates);
    bool found = false;
    for (const QString &candidate : candidates) {
        const QLocale locale(candidate);
        if (locale.language() == QLocale::C)
            continue;
        if (locale.language() == QLocale::English) {
            chosen = locale;
            found = true;
            break;
        }
        if (appTranslator->load(locale, u"enrollment-desk"_s, u"_"_s, catalogueDirectory)) {
            chosen = locale;
            found = true;
            break;
        }
    }
    if (!found && !language.isEmpty())
        qCWarning(lcUi) << "No translation for" << language << "- using English";

    // English still loads its catalogue: it carries the plural forms of the source strings.
    if (chosen.language() == QLocale::English)
        found = appTranslator->load(QLocale(QLocale::English), u"enrollment-desk"_s, u"_"_s, catalogueDirectory);
    if (found && !appTranslator->isEmpty()) {
        QCoreApplication::installTranslator(appTranslator.get());
        m_appTranslator = std::move(appTranslator);
    }

    auto qtTranslator = std::make_unique<QTranslator>();
    if (chosen.language() != QLocale::English
        && qtTranslator->load(chosen, u"qt"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        m_qtTranslator = std::move(qtTranslator);
        m_qtLoaded = true;
    }

    QLocale::setDefault(chosen);
    QString applied = chosen.language() == QLocale::English ? u"en"_s : chosen.name().section(u'_', 0, 0);
    qCInfo(lcUi) << "User interface language" << chosen.name() << "(Qt catalogue" << m_qtLoaded << ")";
    return applied;
}

} // namespace ed
