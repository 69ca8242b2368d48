#include "DeviceLoader.h"

#include "AutopilotDeviceModel.h"
#include "DeploymentProfile.h"
#include "core/Logging.h"
#include "graph/GraphPager.h"
#include "graph/IntuneService.h"

namespace ed {

DeviceLoader::DeviceLoader(IntuneService &intune, AutopilotDeviceModel &model, QObject *parent)
    : QObject(parent)
    , m_intune(intune)
    , m_model(model)
{ }

DeviceLoader::~DeviceLoader()
{
    stopAll();
}

void DeviceLoader::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DeviceLoader::stopAll()
{
    ++m_generation;
    if (GraphPager *pager = m_pager.data())
        pager->cancel();
    for (const QPointer<GraphPager> &p : std::as_const(m_profilePagers))
        if (GraphPager *pager = p.data())
            pager->cancel();
    for (const QPointer<QObject> &r : std::as_const(m_replies))
        if (auto *reply = qobject_cast<GraphReply *>(r.data()))
            reply->cancel();
    m_pager.clear();
    m_profilePagers.clear();
    m_replies.clear();
}

void DeviceLoader::setProfileScope(const QString &profileId, const QString &profileName)
{
    m_scopeProfileName = profileName.isEmpty() ? profileId : profileName;
    if (profileId == m_scopeProfileId)
        return;
    // Another set of devices: nothing of the last one carries over (no refresh-in-place).
    stopAll();
    m_staging.reset();
    m_scopeProfileId = profileId;
    m_expected = -1;
    m_loaded = 0;
    m_model.clear();
    setState(State::Idle);
}

void DeviceLoader::load()
{
    stopAll();
    const quint64 generation = m_generation;
    m_error = {};
    m_profileError.reset();
    m_loaded = 0;
    m_firstRowsMs = -1;
    m_clock.start();
    if (m_model.rowCount() > 0) {
        m_staging = std::make_unique<AutopilotDeviceModel>();
        m_staging->reserve(m_model.rowCount());
    } else {
        m_staging.reset();
        m_model.clear();
    }
    setState(State::Loading);
    Q_EMIT progress(0, m_expected);

    const bool scoped = !m_scopeProfileId.isEmpty();
    if (!scoped)
        requestCount();
    GraphPager *pager =
            scoped ? m_intune.listProfileAssignedDevices(m_scopeProfileId) : m_intune.listAutopilotDevices();
    m_pager = pager;
    connect(pager, &GraphPager::pageReady, this,
            [this, generation](const QJsonArray &, const QVariant &mapped, int, qint64) {
                if (generation == m_generation)
                    onPage(mapped);
            });
    connect(pager, &GraphPager::finished, this, [this, generation] {
        if (generation == m_generation)
            onFinished();
    });
    connect(pager, &GraphPager::failed, this, [this, generation](const GraphError &error) {
        if (generation == m_generation)
            onFailed(error);
    });
    pager->start();
    if (!scoped)
        loadProfiles();
}

void DeviceLoader::requestCount()
{
    const quint64 generation = m_generation;
    GraphReply *count = m_intune.countAutopilotDevices();
    m_replies.append(count);
    count->then(
            this,
            [this, generation](const GraphResponse &response) {
                if (generation != m_generation)
                    return;
                bool ok = false;
                const qint64 n = QString::fromUtf8(response.body).trimmed().toLongLong(&ok);
                if (ok && n >= 0) {
                    m_expected = n;
                    if (m_state == State::Loading) {
                        (m_staging ? *m_staging : m_model).reserve(static_cast<qsizetype>(n));
                        Q_EMIT progress(m_loaded, m_expected);
                    }
                }
            },
            [](const GraphError &error) {
                qCInfo(lcModels).noquote() << "Device count not available:" << error.summary();
            });
}

void DeviceLoader::cancel()
{
    if (m_state != State::Loading)
        return;
    stopAll();
    m_staging.reset(); // a cancelled refresh keeps the rows that were there
    m_elapsedMs = m_clock.elapsed();
    qCInfo(lcModels) << "Device load cancelled after" << m_loaded << "devices";
    setState(State::Cancelled);
}

void DeviceLoader::onPage(const QVariant &mapped)
{
    const auto devices = mapped.value<QList<AutopilotDevice>>();
    (m_staging ? *m_staging : m_model).append(devices);
    if (!m_scopeProfileId.isEmpty()) {
        QHash<QString, QString> assigned;
        assigned.reserve(devices.size());
        for (const AutopilotDevice &device : devices)
            assigned.insert(device.id, m_scopeProfileName);
        (m_staging ? *m_staging : m_model).setAssignedProfiles(assigned);
    }
    m_loaded += static_cast<int>(devices.size());
    if (m_firstRowsMs < 0)
        m_firstRowsMs = m_clock.elapsed();
    Q_EMIT progress(m_loaded, std::max<qint64>(m_expected, m_loaded));
}

void DeviceLoader::onFinished()
{
    m_pager.clear();
    m_elapsedMs = m_clock.elapsed();
    if (m_staging) {
        Q_EMIT aboutToReplace();
        m_model.adopt(*m_staging);
        m_staging.reset();
        Q_EMIT replaced();
    }
    m_model.squeeze();
    m_expected = m_loaded;
    m_lastLoaded = QDateTime::currentDateTimeUtc();
    qCInfo(lcModels) << "Loaded" << m_loaded << "Autopilot devices in" << m_elapsedMs << "ms"
                     << (m_scopeProfileId.isEmpty() ? "" : "(one profile's)");
    Q_EMIT progress(m_loaded, m_expected);
    setState(State::Ready);
}

void DeviceLoader::onFailed(const GraphError &error)
{
    m_pager.clear();
    if (error.kind == GraphError::Kind::Cancelled)
        return;
    m_elapsedMs = m_clock.elapsed();
    m_error = error;
    m_staging.reset();
    qCWarning(lcModels).noquote() << "Loading Autopilot devices failed after" << m_loaded
                                  << "devices:" << error.summary();
    setState(State::Failed);
}

void DeviceLoader::loadProfiles()
{
    const quint64 generation = m_generation;
    GraphPager *pager = m_intune.listDeploymentProfiles();
    connect(pager, &GraphPager::pageReady, this,
            [this, generation](const QJsonArray &, const QVariant &mapped, int, qint64) {
                if (generation != m_generation)
                    return;
                for (const DeploymentProfile &profile : mapped.value<QList<DeploymentProfile>>())
                    loadAssignedDevices(profile);
            });
    startProfilePager(pager);
}

void DeviceLoader::loadAssignedDevices(const DeploymentProfile &profile)
{
    const quint64 generation = m_generation;
    GraphPager *pager = m_intune.listProfileAssignedDevices(profile.id);
    const QString name = profile.displayName.isEmpty() ? profile.id : profile.displayName;
    connect(pager, &GraphPager::pageReady, this,
            [this, generation, name](const QJsonArray &, const QVariant &mapped, int, qint64) {
                if (generation != m_generation)
                    return;
                QHash<QString, QString> assigned;
                for (const AutopilotDevice &device : mapped.value<QList<AutopilotDevice>>())
                    assigned.insert(device.id, name);
                applyProfiles(assigned);
            });
    startProfilePager(pager);
}

void DeviceLoader::startProfilePager(GraphPager *pager)
{
    m_profilePagers.append(pager);
    const quint64 generation = m_generation;
    // Without the profiles the devices still load; the column stays empty and the view says why.
    connect(pager, &GraphPager::failed, this, [this, generation](const GraphError &error) {
        if (generation != m_generation || error.kind == GraphError::Kind::Cancelled)
            return;
        m_profileError = error;
        qCWarning(lcModels).noquote() << "Assigned profiles not available for the device list:" << error.summary();
    });
    pager->start();
}

void DeviceLoader::applyProfiles(const QHash<QString, QString> &profileByDeviceId)
{
    // During a refresh the answer may come before or after the swap: give it to both.
    if (m_staging)
        m_staging->setAssignedProfiles(profileByDeviceId);
    m_model.setAssignedProfiles(profileByDeviceId);
}

} // namespace ed
