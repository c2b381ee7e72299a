// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalogue/catalogue.h"

#include "core/catalogue/plaintext.h"
#include "core/catalogue/taskloader.h"
#include "core/config/languages.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCatalogue, "healthhub.catalogue")

namespace HealthHub::Catalogue {

namespace {
const QString kWordsPrefix = QStringLiteral("words.");
}

ContentSource Catalogue::builtIn()
{
    return {QStringLiteral(":/guides"), QStringLiteral("resources/guides")};
}

QList<ContentSource> Catalogue::sourcesFor(const QString &hubFolder)
{
    QList<ContentSource> sources{builtIn()};
    if (!hubFolder.isEmpty()) {
        sources.append({hubFolder, hubFolder});
    }
    return sources;
}

Catalogue Catalogue::load(const QList<ContentSource> &sources)
{
    Catalogue catalogue;
    QHash<QString, qsizetype> byId;
    for (const ContentSource &source : sources) {
        const QDir root(source.folder);
        if (!root.exists()) {
            catalogue.m_problems.append({source.shownFolder, QString(), QString(),
                                         QStringLiteral("the folder is missing, so its guides are not shown")});
            continue;
        }
        catalogue.loadWords(source);
        const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : folders) {
            TaskLoader::Result result =
                TaskLoader::load(root.filePath(name), source.shownFolder + QLatin1Char('/') + name);
            catalogue.m_problems.append(result.problems);
            if (!result.task) {
                continue; // an earlier good version with the same id, if any, stays
            }
            const auto known = byId.constFind(result.task->id);
            if (known != byId.constEnd()) {
                catalogue.m_tasks[*known] = std::move(*result.task);
            } else {
                byId.insert(result.task->id, catalogue.m_tasks.size());
                catalogue.m_tasks.append(std::move(*result.task));
            }
        }
    }
    std::stable_sort(catalogue.m_tasks.begin(), catalogue.m_tasks.end(), [](const Task &a, const Task &b) {
        if (a.order != b.order) {
            return a.order < b.order;
        }
        return a.text(QStringLiteral("en")).title < b.text(QStringLiteral("en")).title;
    });
    for (const ContentProblem &problem : std::as_const(catalogue.m_problems)) {
        qCWarning(lcCatalogue).noquote() << problem.message();
    }
    qCInfo(lcCatalogue) << "loaded" << catalogue.m_tasks.size() << "task guides with" << catalogue.m_problems.size()
                        << "problems";
    QStringList waiting;
    for (const QString &language : catalogue.languages()) {
        const qsizetype count = catalogue.unreviewedTasks(language).size();
        if (count > 0) {
            waiting.append(QStringLiteral("%1 %2").arg(language).arg(count));
        }
    }
    if (!waiting.isEmpty()) {
        qCInfo(lcCatalogue).noquote() << QStringLiteral("guides not yet checked by a fluent speaker:")
                                      << waiting.join(QStringLiteral(", "));
    }
    return catalogue;
}

void Catalogue::loadWords(const ContentSource &source)
{
    const QDir root(source.folder);
    const QStringList files = root.entryList({kWordsPrefix + QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString language = name.mid(kWordsPrefix.size()).chopped(5);
        const QString shown = source.shownFolder + QLatin1Char('/') + name;
        auto fail = [&](const QString &problem) {
            m_problems.append({shown, QString(), QString(), problem});
        };
        if (!Config::languageByCode(language)) {
            fail(QStringLiteral("\"%1\" is not a language this kiosk knows").arg(language));
            continue;
        }
        QFile file(root.filePath(name));
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray(), &error);
        const QJsonObject object = document.object();
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            fail(QStringLiteral("the file is not valid JSON (%1 at character %2)")
                     .arg(error.errorString())
                     .arg(error.offset));
            continue;
        }
        if (object.value(QStringLiteral("format")).toInt() != kContentFormat) {
            fail(QStringLiteral("\"format\" must be %1").arg(kContentFormat));
            continue;
        }
        EverydayWords &words = m_words[language];
        const QJsonArray ignored = object.value(QStringLiteral("ignore")).toArray();
        for (const QJsonValue &word : ignored) {
            words.ignored.insert(PlainText::normalise(word.toString()));
        }
        const QJsonObject meanings = object.value(QStringLiteral("means")).toObject();
        for (auto it = meanings.constBegin(); it != meanings.constEnd(); ++it) {
            QStringList &meant = words.meanings[PlainText::normalise(it.key())];
            const QJsonArray list = it.value().toArray();
            if (!it.value().isArray() || list.isEmpty()) {
                fail(QStringLiteral("\"means\" → \"%1\" must be a list of words").arg(it.key()));
                continue;
            }
            for (const QJsonValue &word : list) {
                meant.append(PlainText::words(word.toString()));
            }
            meant.removeDuplicates();
        }
    }
}

QStringList Catalogue::unreviewedTasks(const QString &language) const
{
    QStringList ids;
    for (const Task &task : m_tasks) {
        if (task.hasUnreviewedText(language)) {
            ids.append(task.id);
        }
    }
    return ids;
}

const Task *Catalogue::task(const QString &id) const
{
    for (const Task &task : m_tasks) {
        if (task.id == id) {
            return &task;
        }
    }
    return nullptr;
}

QStringList Catalogue::languages() const
{
    QStringList codes;
    for (const Config::Language &language : Config::knownLanguages()) {
        const bool used = std::any_of(m_tasks.cbegin(), m_tasks.cend(),
                                      [&language](const Task &task) { return task.hasLanguage(language.code); });
        if (used) {
            codes.append(language.code);
        }
    }
    return codes;
}

} // namespace HealthHub::Catalogue
