#include "SignInDialog.h"

#include "DialogSupport.h"
#include "auth/TokenVault.h"
#include "core/Logging.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

std::optional<bool> &nextDeleteAnswer()
{
    static std::optional<bool> answer;
    return answer;
}

constexpr int idRole = Qt::UserRole;

template<typename T>
T *named(T *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

QLabel *wrapping(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString joined(const QStringList &scopes)
{
    return scopes.join(", "_L1);
}

// Overwrites the text before dropping it, so the secret does not linger in the widget's buffer.
void wipe(QLineEdit *edit)
{
    edit->setText(QString(edit->text().size(), u' '));
    edit->clear();
}

} // namespace

SignInDialog::SignInDialog(SignInController &controller, ConnectionStore &store, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_store(store)
    , m_banner(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_newButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_form(new QWidget(this))
    , m_progress(new QStackedWidget(this))
    , m_signIn(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_countdownTimer(new QTimer(this))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign in"));
    setAccessibleName(tr("Sign in to a tenant"));

    named(m_banner, u"keychainBanner"_s, tr("Where sign-ins are kept"));
    wrapping(m_banner);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::ToolTipBase));
    bannerPalette.setColor(QPalette::WindowText, bannerPalette.color(QPalette::ToolTipText));
    m_banner->setPalette(bannerPalette);

    // Left: the connections.
    named(m_list, u"connectionList"_s, tr("Connections"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumWidth(240);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    auto *listLabel = named(new QLabel(tr("&Connections:"), this), u"connectionListLabel"_s, tr("Connections"));
    listLabel->setBuddy(m_list);
    named(m_newButton, u"newConnectionButton"_s, tr("New connection"));
    m_newButton->setText(tr("&New"));
    m_newButton->setToolTip(tr("Add a connection to another tenant"));
    m_newButton->setAutoDefault(false);
    named(m_deleteButton, u"deleteConnectionButton"_s, tr("Delete connection"));
    m_deleteButton->setText(tr("&Delete"));
    m_deleteButton->setAutoDefault(false);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_deleteButton);
    listButtons->addStretch(1);
    auto *left = new QWidget(this);
    left->setObjectName(u"connectionsPane"_s);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    buildForm();
    buildProgress();

    auto *right = new QWidget(this);
    right->setObjectName(u"connectionPane"_s);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_form);
    rightLayout->addWidget(m_progress);
    rightLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"signInSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    named(m_signIn, u"signInButton"_s, tr("Sign in"));
    m_signIn->setText(tr("&Sign in"));
    m_signIn->setDefault(true);
    named(m_cancel, u"cancelButton"_s, tr("Cancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAutoDefault(false);
    auto *buttons = named(new QDialogButtonBox(this), u"buttons"_s, tr("Dialog buttons"));
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(860, 600);

    // QDialogButtonBox's accepted/rejected are not used: Sign in starts a sign-in, Cancel depends.
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::onCancelClicked);
    connect(m_newButton, &QPushButton::clicked, this, &SignInDialog::startNewConnection);
    connect(m_deleteButton, &QPushButton::clicked, this, &SignInDialog::deleteSelectedConnection);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &SignInDialog::onSelectionChanged);
    connect(&m_controller, &SignInController::stageChanged, this, &SignInDialog::onStageChanged);
    connect(&m_controller, &SignInController::deviceCodeReady, this, &SignInDialog::onDeviceCode);
    connect(&m_controller, &SignInController::browserNotOpened, this, &SignInDialog::onBrowserNotOpened);
    connect(&m_controller, &SignInController::signedIn, this, &SignInDialog::onSignedIn);
    connect(&m_controller, &SignInController::failed, this, &SignInDialog::onFailed);
    connect(&m_controller.vault(), &TokenVault::persistenceChanged, this, &SignInDialog::updateBanner);
    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &SignInDialog::updateCountdown);

    // Tab goes down the list, then the form, then what the sign-in shows, then the buttons.
    const QList<QWidget *> tabOrder{m_list,
                                    m_newButton,
                                    m_deleteButton,
                                    m_name,
                                    m_tenant,
                                    m_cloud,
                                    m_method,
                                    m_clientId,
                                    m_resetClientId,
                                    m_readOnly,
                                    m_readWrite,
                                    m_certificatePath,
                                    m_browseCertificate,
                                    m_certificatePassword,
                                    m_secret,
                                    m_token,
                                    m_loadToken,
                                    m_copyLink,
                                    m_openBrowserAgain,
                                    m_copyCode,
                                    m_copyUri,
                                    m_openUri,
                                    m_detailsButton,
                                    m_copyDetails,
                                    m_details,
                                    m_signIn,
                                    m_cancel};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    updateBanner();
    const QString live = m_controller.profile().id;
    const QString last = m_store.lastUsedId();
    QString select;
    if (!live.isEmpty() && m_store.find(live))
        select = live;
    else if (!last.isEmpty() && m_store.find(last))
        select = last;
    reloadList(select);
    if (m_list->count() == 0)
        startNewConnection();
    showPage(Page::Idle);
    updateState();
}

SignInDialog::~SignInDialog()
{
    if (std::exchange(m_running, false))
        m_controller.cancel(); // nobody is left to show where it went
    clearSecrets();
}

void SignInDialog::buildForm()
{
    m_form->setObjectName(u"connectionForm"_s);
    m_form->setAccessibleName(tr("Connection"));

    m_name = named(new QLineEdit(m_form), u"nameEdit"_s, tr("Connection name"));
    m_name->setPlaceholderText(tr("Contoso production"));
    m_name->setClearButtonEnabled(true);
    auto *nameLabel = named(new QLabel(tr("Na&me:"), m_form), u"nameLabel"_s, tr("Name"));
    nameLabel->setBuddy(m_name);

    m_tenant = named(new QLineEdit(m_form), u"tenantEdit"_s, tr("Tenant"));
    m_tenant->setPlaceholderText(tr("contoso.onmicrosoft.com or tenant ID"));
    m_tenant->setToolTip(tr("The tenant's domain (contoso.onmicrosoft.com) or its tenant ID (a GUID)"));
    m_tenant->setClearButtonEnabled(true);
    auto *tenantLabel = named(new QLabel(tr("&Tenant:"), m_form), u"tenantLabel"_s, tr("Tenant"));
    tenantLabel->setBuddy(m_tenant);

    m_cloud = named(new QComboBox(m_form), u"cloudCombo"_s, tr("Cloud"));
    for (const Cloud cloud : {Cloud::Global, Cloud::UsGov, Cloud::UsGovDod, Cloud::China})
        m_cloud->addItem(CloudInfo::displayName(cloud), QVariant::fromValue(int(cloud)));
    m_cloud->setToolTip(tr("Tokens of one cloud do not work in another: choose the cloud the tenant lives in"));
    auto *cloudLabel = named(new QLabel(tr("C&loud:"), m_form), u"cloudLabel"_s, tr("Cloud"));
    cloudLabel->setBuddy(m_cloud);

    m_method = named(new QComboBox(m_form), u"methodCombo"_s, tr("Sign-in method"));
    for (const SignInMethod method : {SignInMethod::Browser, SignInMethod::DeviceCode, SignInMethod::AppSecret,
                                      SignInMethod::AppCertificate, SignInMethod::AccessToken})
        m_method->addItem(ConnectionProfile::methodName(method), QVariant::fromValue(int(method)));
    auto *methodLabel = named(new QLabel(tr("Met&hod:"), m_form), u"methodLabel"_s, tr("Sign-in method"));
    methodLabel->setBuddy(m_method);
    m_methodNote = wrapping(named(new QLabel(m_form), u"methodNote"_s, tr("About the sign-in method")));

    m_clientIdRow = new QWidget(m_form);
    m_clientIdRow->setObjectName(u"clientIdRow"_s);
    m_clientId = named(new QLineEdit(m_clientIdRow), u"clientIdEdit"_s, tr("Client ID"));
    m_clientId->setToolTip(tr("The application (client) ID of the app registration to sign in with"));
    m_resetClientId = named(new QPushButton(tr("De&fault"), m_clientIdRow), u"resetClientIdButton"_s,
                            tr("Use the default client ID"));
    m_resetClientId->setToolTip(
            tr("Use Microsoft Graph Command Line Tools (%1)").arg(ConnectionProfile::defaultClientId));
    m_resetClientId->setAutoDefault(false);
    auto *clientIdLayout = new QHBoxLayout(m_clientIdRow);
    clientIdLayout->setContentsMargins(0, 0, 0, 0);
    clientIdLayout->addWidget(m_clientId, 1);
    clientIdLayout->addWidget(m_resetClientId);
    m_clientIdLabel = named(new QLabel(tr("Client &ID:"), m_form), u"clientIdLabel"_s, tr("Client ID"));
    m_clientIdLabel->setBuddy(m_clientId);
    m_chinaNote = wrapping(named(new QLabel(m_form), u"chinaNote"_s, tr("Client ID in Azure China")));
    m_chinaNote->setText(tr("Microsoft's global apps are not available in Azure China; use your own app "
                            "registration."));

    m_accessBox = new QWidget(m_form);
    m_accessBox->setObjectName(u"accessBox"_s);
    m_accessBox->setAccessibleName(tr("Access"));
    m_readOnly = named(new QRadioButton(tr("&Read-only"), m_accessBox), u"readOnlyRadio"_s, tr("Read-only access"));
    m_readWrite = named(new QRadioButton(tr("Read and &write"), m_accessBox), u"readWriteRadio"_s,
                        tr("Read and write access"));
    m_accessGroup = new QButtonGroup(this);
    m_accessGroup->addButton(m_readOnly, int(AccessMode::ReadOnly));
    m_accessGroup->addButton(m_readWrite, int(AccessMode::ReadWrite));
    auto *readOnlyText = wrapping(named(new QLabel(m_accessBox), u"readOnlyText"_s, tr("What read-only asks for")));
    readOnlyText->setText(tr("Least privilege: see devices, profiles and settings, change nothing. Asks for %1.")
                                  .arg(joined(ConnectionProfile::readOnlyScopes())));
    readOnlyText->setIndent(20);
    auto *readWriteText =
            wrapping(named(new QLabel(m_accessBox), u"readWriteText"_s, tr("What read and write asks for")));
    readWriteText->setText(
            tr("Needed to assign profiles, edit device limits and change assignments or priorities. Asks for %1.")
                    .arg(joined(ConnectionProfile::writeScopes())));
    readWriteText->setIndent(20);
    m_readOnly->setAccessibleDescription(readOnlyText->text());
    m_readWrite->setAccessibleDescription(readWriteText->text());
    auto *accessLayout = new QVBoxLayout(m_accessBox);
    accessLayout->setContentsMargins(0, 0, 0, 0);
    accessLayout->addWidget(m_readOnly);
    accessLayout->addWidget(readOnlyText);
    accessLayout->addWidget(m_readWrite);
    accessLayout->addWidget(readWriteText);
    m_accessLabel = named(new QLabel(tr("Access:"), m_form), u"accessLabel"_s, tr("Access"));

    m_certificateRow = new QWidget(m_form);
    m_certificateRow->setObjectName(u"certificateRow"_s);
    m_certificatePath = named(new QLineEdit(m_certificateRow), u"certificatePathEdit"_s, tr("Certificate file"));
    m_certificatePath->setPlaceholderText(tr("A PEM file (certificate and private key) or a PFX file"));
    m_browseCertificate = named(new QPushButton(tr("&Browse…"), m_certificateRow), u"browseCertificateButton"_s,
                                tr("Choose the certificate file"));
    m_browseCertificate->setAutoDefault(false);
    auto *certificateLayout = new QHBoxLayout(m_certificateRow);
    certificateLayout->setContentsMargins(0, 0, 0, 0);
    certificateLayout->addWidget(m_certificatePath, 1);
    certificateLayout->addWidget(m_browseCertificate);
    m_certificateLabel = named(new QLabel(tr("Ce&rtificate:"), m_form), u"certificatePathLabel"_s, tr("Certificate"));
    m_certificateLabel->setBuddy(m_certificatePath);
    m_certificatePassword = named(new QLineEdit(m_form), u"certificatePasswordEdit"_s, tr("Certificate password"));
    m_certificatePassword->setEchoMode(QLineEdit::Password);
    m_certificatePassword->setPlaceholderText(tr("Only for a protected PFX or an encrypted key"));
    m_certificatePasswordLabel =
            named(new QLabel(tr("&Password:"), m_form), u"certificatePasswordLabel"_s, tr("Certificate password"));
    m_certificatePasswordLabel->setBuddy(m_certificatePassword);

    m_secret = named(new QLineEdit(m_form), u"clientSecretEdit"_s, tr("Client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("The secret's value, not its ID"));
    m_secret->setToolTip(tr("Used for this sign-in only: never saved"));
    m_secretLabel = named(new QLabel(tr("Client s&ecret:"), m_form), u"clientSecretLabel"_s, tr("Client secret"));
    m_secretLabel->setBuddy(m_secret);

    m_tokenBox = new QWidget(m_form);
    m_tokenBox->setObjectName(u"accessTokenBox"_s);
    m_token = named(new QPlainTextEdit(m_tokenBox), u"accessTokenEdit"_s, tr("Access token"));
    m_token->setPlaceholderText(tr("Paste an access token for Microsoft Graph (eyJ…); it is used until it expires "
                                   "and never saved"));
    m_token->setTabChangesFocus(true);
    m_token->setFixedHeight(m_token->fontMetrics().lineSpacing() * 4 + 12);
    m_loadToken = named(new QPushButton(tr("Load from fil&e…"), m_tokenBox), u"loadTokenFileButton"_s,
                        tr("Load the access token from a file"));
    m_loadToken->setAutoDefault(false);
    m_tokenStatus = wrapping(named(new QLabel(m_tokenBox), u"tokenFileStatus"_s, tr("Token file")));
    auto *tokenButtons = new QHBoxLayout;
    tokenButtons->addWidget(m_loadToken);
    tokenButtons->addWidget(m_tokenStatus, 1);
    auto *tokenLayout = new QVBoxLayout(m_tokenBox);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->addWidget(m_token);
    tokenLayout->addLayout(tokenButtons);
    m_tokenLabel = named(new QLabel(tr("Access to&ken:"), m_form), u"accessTokenLabel"_s, tr("Access token"));
    m_tokenLabel->setBuddy(m_token);

    m_validation = wrapping(named(new QLabel(m_form), u"validationLabel"_s, tr("What the connection still needs")));
    QPalette warningPalette = m_validation->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0xa0, 0x40, 0x00));
    m_validation->setPalette(warningPalette);

    auto *form = new QFormLayout(m_form);
    m_formLayout = form;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(nameLabel, m_name);
    form->addRow(tenantLabel, m_tenant);
    form->addRow(cloudLabel, m_cloud);
    form->addRow(methodLabel, m_method);
    form->addRow(nullptr, m_methodNote);
    form->addRow(m_clientIdLabel, m_clientIdRow);
    form->addRow(nullptr, m_chinaNote);
    form->addRow(m_accessLabel, m_accessBox);
    form->addRow(m_certificateLabel, m_certificateRow);
    form->addRow(m_certificatePasswordLabel, m_certificatePassword);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(m_tokenLabel, m_tokenBox);
    form->addRow(m_validation);

    const auto edited = [this] { onFormEdited(); };
    connect(m_name, &QLineEdit::textChanged, this, edited);
    connect(m_tenant, &QLineEdit::textChanged, this, edited);
    connect(m_cloud, &QComboBox::currentIndexChanged, this, edited);
    connect(m_method, &QComboBox::currentIndexChanged, this, edited);
    connect(m_clientId, &QLineEdit::textChanged, this, edited);
    connect(m_accessGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            onFormEdited();
    });
    connect(m_certificatePath, &QLineEdit::textChanged, this, edited);
    connect(m_secret, &QLineEdit::textChanged, this, edited);
    connect(m_certificatePassword, &QLineEdit::textChanged, this, edited);
    connect(m_token, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingToken)
            m_tokenOrigin.clear(); // typed or pasted over: no longer the file's
        onFormEdited();
    });
    connect(m_resetClientId, &QPushButton::clicked, this,
            [this] { m_clientId->setText(QString(ConnectionProfile::defaultClientId)); });
    connect(m_browseCertificate, &QPushButton::clicked, this, &SignInDialog::browseCertificate);
    connect(m_loadToken, &QPushButton::clicked, this, &SignInDialog::browseTokenFile);
}

void SignInDialog::buildProgress()
{
    named(m_progress, u"progressStack"_s, tr("Sign-in progress"));

    m_idlePage = new QWidget(m_progress);
    m_idlePage->setObjectName(u"idlePage"_s);

    // The browser step.
    m_browserPage = named(new QWidget(m_progress), u"browserPage"_s, tr("Browser sign-in"));
    m_browserText = wrapping(named(new QLabel(m_browserPage), u"browserText"_s, tr("Browser sign-in")));
    m_browserLink = named(new QLabel(m_browserPage), u"authorizeLinkLabel"_s, tr("Sign-in link"));
    m_browserLink->setWordWrap(true);
    m_browserLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_browserLink->setOpenExternalLinks(true);
    m_copyLink =
            named(new QPushButton(tr("Cop&y link"), m_browserPage), u"copyLinkButton"_s, tr("Copy the sign-in link"));
    m_copyLink->setAutoDefault(false);
    m_openBrowserAgain = named(new QPushButton(tr("&Open the browser again"), m_browserPage),
                               u"openBrowserAgainButton"_s, tr("Open the browser again"));
    m_openBrowserAgain->setAutoDefault(false);
    m_browserCopyStatus = named(new QLabel(m_browserPage), u"browserCopyStatus"_s, tr("Copy status"));
    auto *browserButtons = new QHBoxLayout;
    browserButtons->addWidget(m_copyLink);
    browserButtons->addWidget(m_openBrowserAgain);
    browserButtons->addWidget(m_browserCopyStatus, 1);
    auto *browserLayout = new QVBoxLayout(m_browserPage);
    browserLayout->addWidget(m_browserText);
    browserLayout->addWidget(m_browserLink);
    browserLayout->addLayout(browserButtons);
    browserLayout->addStretch(1);

    // The device code.
    m_deviceCodePage = named(new QWidget(m_progress), u"deviceCodePage"_s, tr("Device code sign-in"));
    m_deviceIntro = wrapping(named(new QLabel(m_deviceCodePage), u"deviceCodeIntro"_s, tr("What to do")));
    m_deviceIntro->setText(tr("On any device, open the address below, enter the code and sign in:"));
    m_userCode = named(new QLabel(m_deviceCodePage), u"userCodeLabel"_s, tr("Code to enter"));
    m_userCode->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont codeFont = m_userCode->font();
    if (codeFont.pointSizeF() > 0)
        codeFont.setPointSizeF(codeFont.pointSizeF() * 2);
    else
        codeFont.setPixelSize(std::max(1, codeFont.pixelSize()) * 2);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 110);
    m_userCode->setFont(codeFont);
    m_copyCode = named(new QPushButton(tr("Cop&y code"), m_deviceCodePage), u"copyCodeButton"_s, tr("Copy the code"));
    m_copyCode->setAutoDefault(false);
    m_verificationUri = named(new QLabel(m_deviceCodePage), u"verificationUriLabel"_s, tr("Address to open"));
    m_verificationUri->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_verificationUri->setOpenExternalLinks(true);
    m_copyUri =
            named(new QPushButton(tr("Copy &address"), m_deviceCodePage), u"copyUriButton"_s, tr("Copy the address"));
    m_copyUri->setAutoDefault(false);
    m_openUri = named(new QPushButton(tr("O&pen in browser"), m_deviceCodePage), u"openUriButton"_s,
                      tr("Open the address in the browser"));
    m_openUri->setAutoDefault(false);
    m_countdown = named(new QLabel(m_deviceCodePage), u"countdownLabel"_s, tr("Time left"));
    m_demoNote = wrapping(named(new QLabel(m_deviceCodePage), u"demoApprovalNote"_s, tr("Demo tenant")));
    m_demoNote->setText(tr("The demo tenant approves the code by itself in a few seconds: there is nothing to "
                           "type."));
    m_deviceCopyStatus = named(new QLabel(m_deviceCodePage), u"deviceCopyStatus"_s, tr("Copy status"));
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_userCode);
    codeRow->addWidget(m_copyCode);
    codeRow->addStretch(1);
    auto *uriRow = new QHBoxLayout;
    uriRow->addWidget(m_verificationUri);
    uriRow->addWidget(m_copyUri);
    uriRow->addWidget(m_openUri);
    uriRow->addStretch(1);
    auto *deviceLayout = new QVBoxLayout(m_deviceCodePage);
    deviceLayout->addWidget(m_deviceIntro);
    deviceLayout->addLayout(uriRow);
    deviceLayout->addLayout(codeRow);
    deviceLayout->addWidget(m_countdown);
    deviceLayout->addWidget(m_demoNote);
    deviceLayout->addWidget(m_deviceCopyStatus);
    deviceLayout->addStretch(1);

    // Working.
    m_workingPage = named(new QWidget(m_progress), u"workingPage"_s, tr("Signing in"));
    m_working = named(new QLabel(tr("Signing in…"), m_workingPage), u"workingLabel"_s, tr("Sign-in status"));
    auto *workingLayout = new QVBoxLayout(m_workingPage);
    workingLayout->addWidget(m_working);
    workingLayout->addStretch(1);

    // The failure.
    m_errorPage = named(new QWidget(m_progress), u"errorPage"_s, tr("Sign-in failed"));
    auto *errorIcon = named(new QLabel(m_errorPage), u"errorIcon"_s, tr("Error"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_error = wrapping(named(new QLabel(m_errorPage), u"errorLabel"_s, tr("Why the sign-in failed")));
    m_detailsButton =
            named(new QPushButton(tr("&View details"), m_errorPage), u"detailsButton"_s, tr("Show the error details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoDefault(false);
    m_copyDetails = named(new QPushButton(tr("Cop&y details"), m_errorPage), u"copyDetailsButton"_s,
                          tr("Copy the error details"));
    m_copyDetails->setToolTip(tr("Copy the full error, with the codes and request IDs Microsoft support asks for"));
    m_copyDetails->setAutoDefault(false);
    m_errorCopyStatus = named(new QLabel(m_errorPage), u"errorCopyStatus"_s, tr("Copy status"));
    m_details = named(new QPlainTextEdit(m_errorPage), u"detailsText"_s, tr("Error details"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setMaximumHeight(140);
    m_details->hide();
    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(errorIcon, 0, Qt::AlignTop);
    errorRow->addWidget(m_error, 1);
    auto *errorButtons = new QHBoxLayout;
    errorButtons->addWidget(m_detailsButton);
    errorButtons->addWidget(m_copyDetails);
    errorButtons->addWidget(m_errorCopyStatus, 1);
    auto *errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->addLayout(errorRow);
    errorLayout->addLayout(errorButtons);
    errorLayout->addWidget(m_details);
    errorLayout->addStretch(1);

    m_progress->addWidget(m_idlePage);
    m_progress->addWidget(m_browserPage);
    m_progress->addWidget(m_deviceCodePage);
    m_progress->addWidget(m_workingPage);
    m_progress->addWidget(m_errorPage);

    connect(m_copyLink, &QPushButton::clicked, this,
            [this] { copyToClipboard(m_controller.authorizeUrl().toString(QUrl::FullyEncoded), m_browserCopyStatus); });
    connect(m_openBrowserAgain, &QPushButton::clicked, this, [this] {
        const QUrl url = m_controller.authorizeUrl();
        if (url.isValid() && !QDesktopServices::openUrl(url))
            onBrowserNotOpened(url);
    });
    connect(m_copyCode, &QPushButton::clicked, this,
            [this] { copyToClipboard(m_userCode->text(), m_deviceCopyStatus); });
    connect(m_copyUri, &QPushButton::clicked, this,
            [this] { copyToClipboard(m_controller.verificationUri().toString(), m_deviceCopyStatus); });
    connect(m_openUri, &QPushButton::clicked, this, [this] {
        const QUrl url = m_controller.verificationUri();
        if (url.isValid() && !QDesktopServices::openUrl(url))
            m_deviceCopyStatus->setText(tr("No browser could be opened: copy the address instead."));
    });
    connect(m_detailsButton, &QPushButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        m_detailsButton->setText(shown ? tr("Hide det&ails") : tr("&View details"));
    });
    connect(m_copyDetails, &QPushButton::clicked, this, [this] { copyToClipboard(m_errorDetails, m_errorCopyStatus); });
}

void SignInDialog::setNextDeleteAnswer(std::optional<bool> answer)
{
    nextDeleteAnswer() = answer;
}

void SignInDialog::setDemoProfile(const ConnectionProfile &demo)
{
    ConnectionProfile profile = demo;
    profile.demo = true;
    if (profile.id.isEmpty())
        profile.id = u"demo"_s;
    if (profile.name.isEmpty())
        profile.name = tr("Demo tenant");
    m_demo = profile;
    m_profiles.insert(profile.id, profile);
    // A blank new connection made because nothing was saved gives way to the demo tenant.
    const ConnectionProfile current = m_profiles.value(m_currentId);
    if (m_unsaved.contains(m_currentId) && current.name.isEmpty() && current.tenant.isEmpty()) {
        m_unsaved.remove(m_currentId);
        m_profiles.remove(m_currentId);
        m_credentials.remove(m_currentId);
        m_currentId.clear();
    }
    m_edited.remove(profile.id);
    const bool showing = m_currentId == profile.id;
    reloadList(m_controller.profile().demo || m_currentId.isEmpty() ? profile.id : m_currentId);
    if (showing)
        loadIntoForm(profile);
}

void SignInDialog::reloadList(const QString &select)
{
    // Keep edits and new connections; take everything else from the store.
    const QList<ConnectionProfile> saved = m_store.all();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const auto add = [this](const ConnectionProfile &profile) {
        if (!m_profiles.contains(profile.id))
            m_profiles.insert(profile.id, profile);
        auto *item = new QListWidgetItem(m_list);
        item->setData(idRole, profile.id);
        updateItem(item);
    };
    if (m_demo)
        add(*m_demo);
    for (const ConnectionProfile &profile : saved)
        add(profile);
    for (const QString &id : std::as_const(m_unsaved))
        if (m_profiles.contains(id))
            add(m_profiles.value(id));
    // The one asked for, else the one shown, else the first.
    QString target = select;
    if (itemFor(target) == nullptr)
        target = itemFor(m_currentId) != nullptr ? m_currentId
                : m_list->count() > 0            ? m_list->item(0)->data(idRole).toString()
                                                 : QString();
    if (QListWidgetItem *item = itemFor(target)) {
        m_list->setCurrentItem(item);
        item->setSelected(true);
    }
    if (target != m_currentId) {
        storeCurrentCredentials();
        m_currentId = target;
        if (!target.isEmpty())
            loadIntoForm(m_profiles.value(target));
    }
    updateState();
}

QListWidgetItem *SignInDialog::itemFor(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(idRole).toString() == id)
            return m_list->item(row);
    return nullptr;
}

void SignInDialog::updateItem(QListWidgetItem *item)
{
    const QString id = item->data(idRole).toString();
    const ConnectionProfile profile = m_profiles.value(id);
    const bool live = m_controller.tokenSource() != nullptr && m_controller.profile().id == id;
    QString text = profile.name.trimmed().isEmpty() && profile.tenant.trimmed().isEmpty() ? tr("New connection")
                                                                                          : profile.displayText();
    if (m_unsaved.contains(id))
        text = tr("%1 (not saved yet)").arg(text);
    if (live)
        text = tr("%1 (signed in)").arg(text);
    item->setText(text);
    QFont font = m_list->font();
    font.setBold(live);
    font.setItalic(m_unsaved.contains(id));
    item->setFont(font);
    QStringList tip{text, ConnectionProfile::methodName(profile.method)};
    if (!profile.account.isEmpty())
        tip.append(tr("Last signed in as %1").arg(profile.account));
    if (live)
        tip.append(tr("Signed in now"));
    item->setToolTip(tip.join(u'\n'));
}

void SignInDialog::selectConnection(const QString &id)
{
    QListWidgetItem *item = itemFor(id);
    if (item == nullptr || m_running)
        return;
    // Changed elsewhere meanwhile (the access mode from the menu): what the store has now, unless
    // the user edited it here.
    if (!m_edited.contains(id) && !m_unsaved.contains(id)) {
        if (m_demo && m_demo->id == id)
            m_profiles.insert(id, *m_demo);
        else if (const std::optional<ConnectionProfile> saved = m_store.find(id))
            m_profiles.insert(id, *saved);
        updateItem(item);
    }
    const bool reload = m_currentId == id && !m_edited.contains(id);
    m_list->setCurrentItem(item); // onSelectionChanged() fills the form
    item->setSelected(true);
    if (m_currentId != id) {
        storeCurrentCredentials();
        m_currentId = id;
        loadIntoForm(m_profiles.value(id));
    } else if (reload) {
        loadIntoForm(m_profiles.value(id));
    }
    updateState();
}

void SignInDialog::onSelectionChanged()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty() || m_running)
        return;
    const QString id = selected.first()->data(idRole).toString();
    if (id == m_currentId)
        return;
    storeCurrentCredentials();
    m_currentId = id;
    loadIntoForm(m_profiles.value(id));
    if (m_progress->currentWidget() != m_idlePage)
        showPage(Page::Idle); // the last attempt's outcome belongs to the other connection
    updateState();
}

void SignInDialog::startNewConnection()
{
    if (m_running)
        return;
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    m_profiles.insert(profile.id, profile);
    m_unsaved.insert(profile.id);
    auto *item = new QListWidgetItem(m_list);
    item->setData(idRole, profile.id);
    updateItem(item);
    selectConnection(profile.id);
    showPage(Page::Idle);
    m_name->setFocus();
}

void SignInDialog::deleteSelectedConnection()
{
    const QString id = m_currentId;
    const ConnectionProfile profile = m_profiles.value(id);
    if (m_running || id.isEmpty() || profile.demo)
        return;
    if (!m_unsaved.contains(id)) {
        const bool live = m_controller.tokenSource() != nullptr && m_controller.profile().id == id;
        const QString title = profile.name.isEmpty() ? profile.tenant : profile.name;
        const QString heading = tr("Delete the connection “%1”?").arg(title);
        const ConfirmBox box{
                .objectName = u"deleteConnectionConfirmation"_s,
                .windowTitle = tr("Delete connection"),
                .accessibleName = heading,
                .heading = heading,
                .details = live ? tr("You are signed in to it now: that session stays until you sign out. Its saved "
                                     "sign-in is removed; the tenant itself is not changed.")
                                : tr("Its saved sign-in is removed too; the tenant itself is not changed."),
                .warning = true,
                .go = {tr("Delete"), QMessageBox::DestructiveRole, u"confirmDeleteButton"_s,
                       tr("Delete the connection")},
                .stop = {{}, QMessageBox::RejectRole, u"confirmKeepButton"_s, tr("Keep the connection")},
                .stopIsDefault = true,
        };
        if (!box.ask(this, nextDeleteAnswer()))
            return;
        m_store.remove(id);
        m_controller.forget(id); // its refresh token leaves the keychain, now and after renewals
        qCInfo(lcUi) << "Sign-in dialog: connection" << id << "deleted";
    }
    m_unsaved.remove(id);
    m_edited.remove(id);
    m_profiles.remove(id);
    m_credentials.remove(id);
    m_currentId.clear();
    showPage(Page::Idle);
    reloadList({});
    if (m_list->count() == 0)
        startNewConnection();
}

void SignInDialog::loadIntoForm(const ConnectionProfile &profile)
{
    m_loading = true;
    m_name->setText(profile.name);
    m_tenant->setText(profile.tenant);
    m_cloud->setCurrentIndex(std::max(0, m_cloud->findData(QVariant::fromValue(int(profile.cloud)))));
    m_method->setCurrentIndex(std::max(0, m_method->findData(QVariant::fromValue(int(profile.method)))));
    m_clientId->setText(profile.clientId);
    (profile.access == AccessMode::ReadWrite ? m_readWrite : m_readOnly)->setChecked(true);
    m_certificatePath->setText(profile.certificatePath);
    const SignInCredentials credentials = m_credentials.value(profile.id);
    m_secret->setText(credentials.clientSecret);
    m_certificatePassword->setText(credentials.certificatePassword);
    m_settingToken = true;
    m_token->setPlainText(credentials.accessToken);
    m_settingToken = false;
    m_tokenOrigin = credentials.accessTokenOrigin;
    m_tokenStatus->clear();
    // The demo tenant is what it is: only how to sign in to it may change.
    for (QLineEdit *edit : {m_name, m_tenant})
        edit->setReadOnly(profile.demo);
    m_cloud->setEnabled(!profile.demo);
    m_loading = false;
    updateFieldVisibility();
}

void SignInDialog::storeCurrentCredentials()
{
    if (m_currentId.isEmpty())
        return;
    const SignInCredentials credentials = typedCredentials();
    if (credentials.clientSecret.isEmpty() && credentials.certificatePassword.isEmpty()
        && credentials.accessToken.isEmpty())
        m_credentials.remove(m_currentId);
    else
        m_credentials.insert(m_currentId, credentials);
}

ConnectionProfile SignInDialog::formProfile() const
{
    ConnectionProfile profile = m_profiles.value(m_currentId);
    profile.id = m_currentId;
    profile.name = m_name->text().trimmed();
    profile.tenant = m_tenant->text().trimmed();
    profile.cloud = Cloud(m_cloud->currentData().toInt());
    profile.method = SignInMethod(m_method->currentData().toInt());
    profile.clientId = m_clientId->text().trimmed();
    profile.access = m_readWrite->isChecked() ? AccessMode::ReadWrite : AccessMode::ReadOnly;
    profile.certificatePath = m_certificatePath->text().trimmed();
    return profile;
}

SignInCredentials SignInDialog::typedCredentials() const
{
    SignInCredentials credentials;
    credentials.clientSecret = m_secret->text();
    credentials.certificatePassword = m_certificatePassword->text();
    credentials.accessToken = m_token->toPlainText();
    credentials.accessTokenOrigin = m_tokenOrigin;
    return credentials;
}

SignInCredentials SignInDialog::formCredentials() const
{
    const SignInMethod method = SignInMethod(m_method->currentData().toInt());
    SignInCredentials credentials = typedCredentials();
    // Only what the method uses goes to the controller.
    if (method != SignInMethod::AppSecret)
        credentials.clientSecret.clear();
    if (method != SignInMethod::AppCertificate)
        credentials.certificatePassword.clear();
    if (method != SignInMethod::AccessToken) {
        credentials.accessToken.clear();
        credentials.accessTokenOrigin.clear();
    }
    return credentials;
}

QString SignInDialog::validationText() const
{
    if (m_currentId.isEmpty())
        return tr("Choose a connection, or add one with New.");
    const ConnectionProfile profile = formProfile();
    if (const QString problem = profile.validate(); !problem.isEmpty())
        return problem;
    if (profile.method == SignInMethod::AppSecret && m_secret->text().trimmed().isEmpty())
        return tr("Enter the client secret of the app registration.");
    if (profile.method == SignInMethod::AccessToken && m_token->toPlainText().trimmed().isEmpty())
        return tr("Paste an access token, or load it from a file.");
    return {};
}

QString SignInDialog::errorText() const
{
    return m_progress->currentWidget() == m_errorPage ? m_error->text() : QString();
}

void SignInDialog::onFormEdited()
{
    if (m_loading || m_currentId.isEmpty())
        return;
    const ConnectionProfile profile = formProfile();
    m_profiles.insert(m_currentId, profile);
    m_edited.insert(m_currentId);
    if (QListWidgetItem *item = itemFor(m_currentId))
        updateItem(item);
    updateFieldVisibility();
    updateState();
}

void SignInDialog::updateFieldVisibility()
{
    const SignInMethod method = SignInMethod(m_method->currentData().toInt());
    const Cloud cloud = Cloud(m_cloud->currentData().toInt());
    const bool token = method == SignInMethod::AccessToken;
    const bool appOnly = method == SignInMethod::AppSecret || method == SignInMethod::AppCertificate;
    const bool certificate = method == SignInMethod::AppCertificate;
    const bool secret = method == SignInMethod::AppSecret;

    switch (method) {
    case SignInMethod::Browser:
        m_methodNote->setText(tr("Your browser opens on the Microsoft sign-in page; come back here when it says so."));
        break;
    case SignInMethod::DeviceCode:
        m_methodNote->setText(tr("Sign in on any device (a phone, another computer) with a code shown here."));
        break;
    case SignInMethod::AppSecret:
    case SignInMethod::AppCertificate:
        m_methodNote->setText(tr("App-only: the app registration signs in as itself. The API permissions granted to "
                                 "it decide what can be done."));
        break;
    case SignInMethod::AccessToken:
        m_methodNote->setText(tr("A token obtained elsewhere, used until it expires; it cannot be renewed. Its "
                                 "permissions decide what can be done."));
        break;
    }

    const bool chinaWithDefault = cloud == Cloud::China
            && m_clientId->text().trimmed().compare(ConnectionProfile::defaultClientId, Qt::CaseInsensitive) == 0;
    m_resetClientId->setEnabled(m_clientId->text().trimmed() != ConnectionProfile::defaultClientId);
    // Whole rows, labels included, so hidden ones leave no gaps.
    m_formLayout->setRowVisible(m_clientIdRow, !token);
    m_formLayout->setRowVisible(m_chinaNote, !token && chinaWithDefault);
    m_formLayout->setRowVisible(m_accessBox, !token && !appOnly);
    m_formLayout->setRowVisible(m_certificateRow, certificate);
    m_formLayout->setRowVisible(m_certificatePassword, certificate);
    m_formLayout->setRowVisible(m_secret, secret);
    m_formLayout->setRowVisible(m_tokenBox, token);
}

void SignInDialog::updateState()
{
    const QString problem = validationText();
    m_validation->setText(problem);
    m_formLayout->setRowVisible(m_validation, !problem.isEmpty());
    m_signIn->setEnabled(!m_running && problem.isEmpty());
    m_signIn->setToolTip(m_running ? tr("Signing in…") : problem);
    m_form->setEnabled(!m_running);
    m_list->setEnabled(!m_running);
    m_newButton->setEnabled(!m_running);
    const bool isDemo = m_profiles.value(m_currentId).demo;
    m_deleteButton->setEnabled(!m_running && !m_currentId.isEmpty() && !isDemo);
    m_deleteButton->setToolTip(isDemo ? tr("The demo tenant is built in and cannot be deleted")
                                      : tr("Delete the selected connection"));
    m_cancel->setToolTip(m_running ? tr("Stop this sign-in and return to the form") : tr("Close without signing in"));
    m_cancel->setAccessibleName(m_running ? tr("Cancel the sign-in") : tr("Cancel"));
}

void SignInDialog::updateBanner()
{
    const TokenVault &vault = m_controller.vault();
    if (vault.isPersistent()) {
        m_banner->hide();
        return;
    }
    const QString reason = vault.unavailableReason();
    m_banner->setText(reason.isEmpty() ? tr("No keychain is available: sign-ins are kept in memory only, so you will "
                                            "sign in again after restarting.")
                                       : reason);
    m_banner->show();
}

void SignInDialog::showPage(Page page)
{
    if (page != Page::DeviceCode)
        m_countdownTimer->stop();
    switch (page) {
    case Page::Idle:
        m_progress->setCurrentWidget(m_idlePage);
        break;
    case Page::Browser:
        m_progress->setCurrentWidget(m_browserPage);
        break;
    case Page::DeviceCode:
        m_progress->setCurrentWidget(m_deviceCodePage);
        break;
    case Page::Working:
        m_progress->setCurrentWidget(m_workingPage);
        break;
    case Page::Error:
        m_progress->setCurrentWidget(m_errorPage);
        break;
    }
}

void SignInDialog::startSignIn()
{
    if (m_running || !validationText().isEmpty())
        return;
    ConnectionProfile profile = formProfile();
    const SignInCredentials credentials = formCredentials();
    if (!profile.demo) {
        m_store.save(profile);
        m_unsaved.remove(profile.id);
        m_edited.remove(profile.id); // the store has it now
    }
    m_profiles.insert(profile.id, profile);
    if (QListWidgetItem *item = itemFor(profile.id))
        updateItem(item);
    storeCurrentCredentials();
    m_errorDetails.clear();
    m_browserLink->clear();
    m_browserLink->hide();
    m_browserCopyStatus->clear();
    m_deviceCopyStatus->clear();
    m_working->setText(tr("Signing in…"));
    showPage(Page::Working);
    m_running = true;
    updateState();
    qCInfo(lcUi).noquote() << "Sign-in dialog: signing in to" << profile.tenant << "with"
                           << ConnectionProfile::methodKey(profile.method);
    m_controller.signIn(profile, credentials); // may fail (or succeed) before returning
}

void SignInDialog::onCancelClicked()
{
    if (m_running) {
        m_controller.cancel(); // failed(Cancelled) brings the form back
        return;
    }
    reject();
}

void SignInDialog::onStageChanged(SignInController::Stage stage)
{
    if (!m_running)
        return;
    switch (stage) {
    case SignInController::Stage::WaitingForBrowser:
        m_browserText->setText(tr("Continue in your browser: sign in there, then come back here. The sign-in "
                                  "finishes by itself."));
        m_browserLink->hide();
        showPage(Page::Browser);
        break;
    case SignInController::Stage::WaitingForDeviceCode:
        break; // deviceCodeReady() shows the code
    case SignInController::Stage::Requesting:
        m_working->setText(m_controller.pendingProfile().method == SignInMethod::DeviceCode
                                           && m_progress->currentWidget() != m_deviceCodePage
                                   ? tr("Asking for a sign-in code…")
                                   : tr("Signing in…"));
        showPage(Page::Working);
        break;
    case SignInController::Stage::Resuming:
        m_working->setText(tr("Signing in…"));
        showPage(Page::Working);
        break;
    case SignInController::Stage::Idle:
    case SignInController::Stage::SignedIn:
    case SignInController::Stage::Failed:
        break; // signedIn() or failed() follow
    }
}

void SignInDialog::onDeviceCode(const QString &userCode, const QUrl &uri, const QDateTime &expiresAt)
{
    if (!m_running)
        return;
    m_userCode->setText(userCode);
    const QString address = uri.toString();
    m_verificationUri->setText(
            u"<a href=\"%1\">%2</a>"_s.arg(uri.toString(QUrl::FullyEncoded).toHtmlEscaped(), address.toHtmlEscaped()));
    m_verificationUri->setToolTip(address);
    m_demoNote->setVisible(m_controller.pendingProfile().demo);
    m_expiresAt = expiresAt;
    updateCountdown();
    m_countdownTimer->start();
    showPage(Page::DeviceCode);
    m_copyCode->setFocus();
}

void SignInDialog::updateCountdown()
{
    const QDateTime expires =
            m_controller.deviceCodeExpiresAt().isValid() ? m_controller.deviceCodeExpiresAt() : m_expiresAt;
    const qint64 left = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(expires));
    if (left == 0) {
        m_countdown->setText(tr("The code has expired."));
        m_countdownTimer->stop();
        return;
    }
    const QString time = u"%1:%2"_s.arg(left / 60).arg(left % 60, 2, 10, QChar(u'0'));
    m_countdown->setText(tr("The code expires in %1").arg(time));
}

void SignInDialog::onBrowserNotOpened(const QUrl &url)
{
    if (!m_running)
        return;
    m_browserText->setText(tr("No browser could be opened. Open this link in a browser yourself (or copy it), sign "
                              "in there, then come back here:"));
    const QString address = url.toString(QUrl::FullyEncoded);
    m_browserLink->setText(u"<a href=\"%1\">%1</a>"_s.arg(address.toHtmlEscaped()));
    m_browserLink->setToolTip(address);
    m_browserLink->show();
    showPage(Page::Browser);
}

void SignInDialog::onSignedIn(const ConnectionProfile &profile)
{
    if (!m_running)
        return;
    m_running = false;
    if (!profile.demo) {
        m_store.save(profile);
        m_store.setLastUsedId(profile.id);
    }
    m_profiles.insert(profile.id, profile);
    m_edited.remove(profile.id);
    showPage(Page::Idle);
    updateState();
    qCInfo(lcUi) << "Sign-in dialog: signed in";
    accept();
}

void SignInDialog::onFailed(const GraphError &error, const QString &sentence)
{
    if (!m_running)
        return;
    m_running = false;
    if (error.kind == GraphError::Kind::Cancelled) {
        showPage(Page::Idle);
    } else {
        m_error->setText(sentence.isEmpty() ? error.summary() : sentence);
        m_errorDetails = error.details();
        if (!m_errorDetails.contains(m_error->text()))
            m_errorDetails = m_error->text() + u'\n' + m_errorDetails;
        m_details->setPlainText(m_errorDetails);
        m_detailsButton->setChecked(false);
        m_errorCopyStatus->clear();
        showPage(Page::Error);
    }
    updateState();
    if (isVisible())
        m_signIn->setFocus();
}

void SignInDialog::copyToClipboard(const QString &text, QLabel *status)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    status->setText(tr("Copied to the clipboard."));
}

void SignInDialog::browseCertificate()
{
    const QString start = m_certificatePath->text().trimmed();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the app registration's certificate"),
                                                      start.isEmpty() ? QString() : QFileInfo(start).path(),
                                                      tr("Certificates (*.pem *.pfx *.p12 *.crt *.key);;PEM files "
                                                         "(*.pem *.crt *.key);;PFX files (*.pfx *.p12);;All "
                                                         "files (*)"));
    if (!path.isEmpty())
        m_certificatePath->setText(path);
}

void SignInDialog::browseTokenFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load an access token"), {},
                                                      tr("Token files (*.txt *.jwt *.token);;All files (*)"));
    if (!path.isEmpty())
        loadTokenFile(path);
}

bool SignInDialog::loadTokenFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        m_tokenStatus->setText(tr("“%1” could not be read: %2").arg(name, file.errorString()));
        return false;
    }
    if (file.size() > maxTokenFileBytes) {
        m_tokenStatus->setText(
                tr("“%1” is too large for an access token (%2 KiB at most).").arg(name).arg(maxTokenFileBytes / 1024));
        return false;
    }
    QByteArray bytes = file.read(maxTokenFileBytes + 1);
    if (bytes.size() > maxTokenFileBytes || file.error() != QFileDevice::NoError) {
        m_tokenStatus->setText(file.error() != QFileDevice::NoError
                                       ? tr("“%1” could not be read: %2").arg(name, file.errorString())
                                       : tr("“%1” is too large for an access token (%2 KiB at most).")
                                                 .arg(name)
                                                 .arg(maxTokenFileBytes / 1024));
        bytes.fill('\0');
        return false;
    }
    m_settingToken = true;
    m_token->setPlainText(QString::fromUtf8(bytes).trimmed());
    m_settingToken = false;
    m_tokenOrigin = name;
    bytes.fill('\0');
    m_tokenStatus->setText(tr("Loaded from “%1” (not saved anywhere).").arg(name));
    return true;
}

void SignInDialog::clearSecrets()
{
    m_credentials.clear();
    m_tokenOrigin.clear();
    const bool wasLoading = std::exchange(m_loading, true);
    wipe(m_secret);
    wipe(m_certificatePassword);
    m_token->setPlainText(QString(m_token->toPlainText().size(), u' '));
    m_token->clear();
    m_token->document()->clearUndoRedoStacks();
    m_loading = wasLoading;
}

void SignInDialog::done(int result)
{
    if (m_running) {
        // Closing (Escape, the window's close button) abandons the sign-in.
        m_controller.cancel(); // failed(Cancelled) arrives before cancel() returns
        m_running = false;
    }
    clearSecrets();
    updateState();
    QDialog::done(result);
}

} // namespace ed
