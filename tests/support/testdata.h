#pragma once

#include <QByteArray>
#include <QString>

namespace akdesk::test {

/// Reads a file below tests/data (fixtures travel with the sources, so no ../shared is needed).
QByteArray testData(const QString &relativePath);

} // namespace akdesk::test
