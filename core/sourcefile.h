#pragma once

// A workshop opened only to be read: a merge source or one side of a comparison. It is never
// written, locked or upgraded in place. A file from an older Premortem is read through an
// upgraded temporary copy, so it can be merged without being changed; one from a newer Premortem
// is refused, since its rows may hold what this version would silently drop.

#include "result.h"
#include "workshop.h"

#include <memory>

class QTemporaryDir;

namespace pm {

class SourceFile
{
public:
    static Result<std::unique_ptr<SourceFile>> open(const QString &path);
    ~SourceFile();

    const Workshop &workshop() const { return *m_workshop; }
    QString path() const { return m_path; } // the file given, not the temporary copy
    QString fileName() const;               // for messages: "alice.premortem"

private:
    SourceFile() = default;

    QString m_path;
    std::unique_ptr<QTemporaryDir> m_temporary; // declared first: outlives the workshop
    std::unique_ptr<Workshop> m_workshop;
};

} // namespace pm
