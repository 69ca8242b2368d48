#pragma once

#include "EmulatorContext.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ed::emu {

struct Group;
struct User;

// /{v1.0|beta}/groups… and /directoryObjects/getByIds: the Entra group picker's reads with the
// directory's query rules ($top ≤ 999, no $skip, $search and advanced queries only with
// ConsistencyLevel: eventual, @odata.count on the first page only; graph.md §6, §9 items 10, 11).
class DirectoryApi final : public ApiModule
{
public:
    explicit DirectoryApi(EmulatorContext &context);

    std::optional<EmuResponse> handle(const EmuRequest &request, const Caller *caller) override;

    // The serialised form of a user in directoryObjects answers.
    static QJsonObject userJson(const User &user);

private:
    EmuResponse listGroups(const EmuRequest &request, const QString &version, bool countOnly) const;
    EmuResponse getGroup(const EmuRequest &request, const QString &version, const QString &id) const;
    EmuResponse getByIds(const EmuRequest &request, const QString &version) const;
};

} // namespace ed::emu
