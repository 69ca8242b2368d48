#include "AboutDialog.h"

#include "ui_AboutDialog.h"

#include "core/BuildInfo.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QSslSocket>
#include <QSysInfo>

namespace ed {

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QGuiApplication::windowIcon().pixmap(64, 64));
    m_ui->titleLabel->setText(tr("<b>Enrollment Desk</b> %1").arg(QLatin1StringView(build::version)));
    m_ui->titleLabel->setTextFormat(Qt::RichText);
    m_ui->summaryLabel->setText(
            tr("Manage Windows Autopilot devices, deployment profiles and enrollment configurations through "
               "Microsoft Graph.<br>Free software under the GNU General Public License, version 3 or later. "
               "<a href=\"%1\">%1</a>")
                    .arg(QLatin1StringView(build::homepage)));
    m_ui->versionsText->setPlainText(versionReport());
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(versionReport()); });
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionReport()
{
    const QStringList lines{
            u"Enrollment Desk %1 (commit %2, %3 build)"_s.arg(QLatin1StringView(build::version),
                                                              QLatin1StringView(build::gitCommit),
                                                              QLatin1StringView(build::buildType)),
            u"Qt %1 (built with %2)"_s.arg(QLatin1StringView(qVersion()), QLatin1StringView(build::qtBuildVersion)),
            u"Compiler: %1"_s.arg(QLatin1StringView(build::compiler)),
            u"TLS: %1, %2"_s.arg(QSslSocket::activeBackend(),
                                 QSslSocket::supportsSsl() ? QSslSocket::sslLibraryVersionString()
                                                           : u"not available"_s),
            u"System: %1, kernel %2 %3, %4"_s.arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                                                  QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture()),
            u"Platform: %1"_s.arg(QGuiApplication::platformName()),
    };
    return lines.join(u'\n');
}

} // namespace ed
