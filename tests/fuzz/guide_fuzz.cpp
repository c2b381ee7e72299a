// SPDX-License-Identifier: GPL-3.0-or-later
// A hub's own task guide: task.json and en.json in one folder, as the catalogue loads them from content_dir. The
// input is split at the first NUL byte into the two files.
#include "core/catalogue/taskloader.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = HealthHub::Fuzz::bytes(data, size);
    const qsizetype split = input.indexOf('\0');
    const QByteArray task = split < 0 ? input : input.left(split);
    const QByteArray words = split < 0 ? QByteArray() : input.mid(split + 1);
    HealthHub::Fuzz::writeInput(QStringLiteral("guide/task.json"), reinterpret_cast<const uint8_t *>(task.constData()),
                                size_t(task.size()));
    HealthHub::Fuzz::writeInput(QStringLiteral("guide/en.json"), reinterpret_cast<const uint8_t *>(words.constData()),
                                size_t(words.size()));
    const auto result = HealthHub::Catalogue::TaskLoader::load(HealthHub::Fuzz::folder().filePath(QStringLiteral("guide")),
                                                                QStringLiteral("guide"));
    for (const auto &problem : result.problems) {
        (void)problem.message();
    }
    return 0;
}
