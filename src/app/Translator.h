#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace ed {

// Loads Enrollment Desk's own catalogue (embedded under :/i18n) and Qt's (qtbase_*.qm from the
// system's Qt translations) for the chosen language, and makes it the default QLocale so dates
// and numbers follow. English is the source language and always available.
class Translator final
{
    Q_DISABLE_COPY_MOVE(Translator)
public:
    static constexpr QLatin1StringView catalogueDirectory{":/i18n"};

    Translator();
    ~Translator();

    // language: "de", "de_AT", …; empty means the system's UI languages in order.
    // Returns the language applied ("en" when nothing else matched).
    QString install(const QString &language);
    bool qtCatalogueLoaded() const { return m_qtLoaded; }

    // Languages with an embedded catalogue, e.g. {"de", "en"}.
    static QStringList availableLanguages();

private:
    void remove();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    bool m_qtLoaded = false;
};

} // namespace ed
