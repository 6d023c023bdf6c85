#include "tests/support/testdata.h"

#include <QFile>

namespace akdesk::test {

QByteArray testData(const QString &relativePath)
{
    QFile file(QStringLiteral(AKDESK_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace akdesk::test
