// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalogue/taskloader.h"

#include "core/config/languages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace HealthHub::Catalogue {

namespace {

const QString kTaskFile = QStringLiteral("task.json");
const QString kEnglish = QStringLiteral("en");

bool isName(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(text).hasMatch();
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

/** Collects the problems of one file and reads its fields, naming each one that is wrong. */
class FileChecker
{
public:
    FileChecker(QString shownFile, QString taskId, QList<ContentProblem> *problems)
        : m_shownFile(std::move(shownFile))
        , m_taskId(std::move(taskId))
        , m_problems(problems)
    {}

    void fail(const QString &field, const QString &problem)
    {
        m_problems->append({m_shownFile, m_taskId, field, problem});
        m_failed = true;
    }
    bool failed() const { return m_failed; }
    void setTaskId(const QString &id) { m_taskId = id; }

    /** Reads @p path as a JSON object; fails and returns nothing when it is missing or not JSON. */
    std::optional<QJsonObject> readObject(const QString &path)
    {
        QFile file(path);
        if (!file.exists()) {
            fail(QString(), QStringLiteral("the file is missing"));
            return std::nullopt;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            fail(QString(), QStringLiteral("the file cannot be read (%1)").arg(file.errorString()));
            return std::nullopt;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError) {
            fail(QString(), QStringLiteral("the file is not valid JSON (%1 at character %2)")
                                .arg(error.errorString())
                                .arg(error.offset));
            return std::nullopt;
        }
        if (!document.isObject()) {
            fail(QString(), QStringLiteral("the file must hold one JSON object { … }"));
            return std::nullopt;
        }
        return document.object();
    }

    void checkFormat(const QJsonObject &object)
    {
        const QJsonValue format = object.value(QStringLiteral("format"));
        if (format.isUndefined()) {
            fail(QStringLiteral("format"),
                 QStringLiteral("\"format\" is missing. Write \"format\": %1").arg(kContentFormat));
        } else if (!format.isDouble() || format.toDouble() != kContentFormat) {
            const QString shown = format.isDouble()   ? QString::number(format.toDouble())
                                  : format.isString() ? quoted(format.toString())
                                                      : QStringLiteral("not a number");
            fail(QStringLiteral("format"), QStringLiteral("\"format\" is %1, but this version reads only format %2")
                                               .arg(shown)
                                               .arg(kContentFormat));
        }
    }

    void checkKnownKeys(const QJsonObject &object, const QStringList &known, const QString &prefix = QString())
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key())) {
                fail(prefix + it.key(), QStringLiteral("%1%2 is not a known field")
                                            .arg(prefix.isEmpty() ? QString() : prefix, quoted(it.key())));
            }
        }
    }

    QString requiredText(const QJsonObject &object, const QString &key, const QString &field,
                         const QString &owner = QString())
    {
        const QJsonValue value = object.value(key);
        const QString text = value.toString().trimmed();
        if (!value.isString() || text.isEmpty()) {
            fail(field, owner.isEmpty() ? QStringLiteral("it has no %1").arg(quoted(key))
                                        : QStringLiteral("%1 has no %2").arg(owner, quoted(key)));
        }
        return text;
    }

    QString optionalText(const QJsonObject &object, const QString &key, const QString &field,
                         const QString &owner = QString())
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            return {};
        }
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            fail(field, QStringLiteral("%1%2 must be some text")
                            .arg(owner.isEmpty() ? QString() : owner + QLatin1Char(' '), quoted(key)));
            return {};
        }
        return value.toString().trimmed();
    }

    QStringList textList(const QJsonObject &object, const QString &key, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required) {
                fail(key, QStringLiteral("it has no %1 list").arg(quoted(key)));
            }
            return {};
        }
        QStringList list;
        const QJsonArray array = value.toArray();
        bool ok = value.isArray();
        for (const QJsonValue &item : array) {
            ok = ok && item.isString() && !item.toString().trimmed().isEmpty();
            list.append(item.toString().trimmed());
        }
        if (!ok) {
            fail(key, QStringLiteral("%1 must be a list of texts, like [\"one\", \"two\"]").arg(quoted(key)));
            return {};
        }
        return list;
    }

private:
    QString m_shownFile;
    QString m_taskId;
    QList<ContentProblem> *m_problems;
    bool m_failed = false;
};

/** A file named in task.json must sit in the task's folder (no paths out of it). */
QString localFile(FileChecker &checker, const QDir &folder, const QString &name, const QString &field,
                  const QString &owner)
{
    if (name.isEmpty()) {
        return {};
    }
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.startsWith(QLatin1Char('.'))) {
        checker.fail(field, QStringLiteral("%1 must be a file name in the task's folder, not a path").arg(owner));
        return {};
    }
    const QString path = folder.filePath(name);
    if (!QFileInfo(path).isFile()) {
        checker.fail(field, QStringLiteral("%1 names %2, which is not in the folder").arg(owner, quoted(name)));
        return {};
    }
    return path;
}

/** The task's own fields: its id (the folder's name), version, order and icon. */
void readTaskFields(FileChecker &checker, const QDir &folder, const QJsonObject &object, Task &task)
{
    const QString folderName = folder.dirName();
    task.id = checker.requiredText(object, QStringLiteral("id"), QStringLiteral("id"));
    if (!task.id.isEmpty() && task.id != folderName) {
        checker.fail(QStringLiteral("id"),
                     QStringLiteral("\"id\" is %1, but the folder is called %2. They must be the same")
                         .arg(quoted(task.id), quoted(folderName)));
    } else if (!task.id.isEmpty() && !isName(task.id)) {
        checker.fail(QStringLiteral("id"), QStringLiteral("\"id\" must be lower-case words joined by hyphens, like "
                                                          "\"repeat-prescription\""));
    }
    task.id = folderName;
    for (const char *key : {"version", "order"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isUndefined() &&
            (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < 0)) {
            checker.fail(QLatin1String(key),
                         QStringLiteral("\"%1\" must be a whole number, 0 or more").arg(QLatin1String(key)));
        }
    }
    task.version = object.value(QStringLiteral("version")).toInt(1);
    task.order = object.value(QStringLiteral("order")).toInt(1000);
    task.icon = localFile(checker, folder, checker.requiredText(object, QStringLiteral("icon"), QStringLiteral("icon")),
                          QStringLiteral("icon"), QStringLiteral("\"icon\""));
}

/** A step's practice page and event, and its real https address. */
void readStepLinks(FileChecker &checker, const QJsonObject &stepObject, const QString &field, const QString &owner,
                   TaskStep &step)
{
    step.practicePage =
        checker.optionalText(stepObject, QStringLiteral("practice"), field + QStringLiteral(".practice"), owner);
    static const QRegularExpression page(QStringLiteral("^[a-z0-9-]+\\.html(#[a-z0-9-]+)?$"));
    if (!step.practicePage.isEmpty() && !page.match(step.practicePage).hasMatch()) {
        checker.fail(field + QStringLiteral(".practice"),
                     QStringLiteral("%1 \"practice\" must be a page of the practice site, like "
                                    "\"prescriptions.html\"")
                         .arg(owner));
        step.practicePage.clear();
    }
    step.practiceEvent = checker.optionalText(stepObject, QStringLiteral("practiceEvent"),
                                              field + QStringLiteral(".practiceEvent"), owner);
    if (!step.practiceEvent.isEmpty() && !stepObject.contains(QStringLiteral("practice"))) {
        checker.fail(field + QStringLiteral(".practiceEvent"),
                     QStringLiteral("%1 has a \"practiceEvent\" but no \"practice\" page").arg(owner));
    } else if (!step.practiceEvent.isEmpty() && !isName(step.practiceEvent)) {
        checker.fail(field + QStringLiteral(".practiceEvent"),
                     QStringLiteral("%1 \"practiceEvent\" must be lower-case words joined by hyphens").arg(owner));
    }
    const QString real =
        checker.optionalText(stepObject, QStringLiteral("real"), field + QStringLiteral(".real"), owner);
    if (!real.isEmpty()) {
        step.realUrl = QUrl(real, QUrl::StrictMode);
        if (!step.realUrl.isValid() || step.realUrl.scheme() != QLatin1String("https") ||
            step.realUrl.host().isEmpty()) {
            checker.fail(field + QStringLiteral(".real"),
                         QStringLiteral("%1 \"real\" must be a whole https address, like "
                                        "\"https://www.nhs.uk/nhs-app/\"")
                             .arg(owner));
            step.realUrl.clear();
        }
    }
}

/** Step @p index (from 0) of task.json; @p ids holds the ids of the steps before it. */
TaskStep readStep(FileChecker &checker, const QDir &folder, const QJsonObject &stepObject, qsizetype index,
                  QSet<QString> &ids)
{
    const QString owner = QStringLiteral("step %1").arg(index + 1);
    const QString field = QStringLiteral("steps[%1]").arg(index + 1);
    checker.checkKnownKeys(stepObject,
                           {QStringLiteral("id"), QStringLiteral("picture"), QStringLiteral("practice"),
                            QStringLiteral("practiceEvent"), QStringLiteral("real")},
                           owner + QLatin1Char(' '));
    TaskStep step;
    step.id = checker.requiredText(stepObject, QStringLiteral("id"), field + QStringLiteral(".id"), owner);
    if (!step.id.isEmpty() && !isName(step.id)) {
        checker.fail(field + QStringLiteral(".id"),
                     QStringLiteral("%1 \"id\" must be lower-case words joined by hyphens").arg(owner));
    } else if (ids.contains(step.id)) {
        checker.fail(field + QStringLiteral(".id"),
                     QStringLiteral("%1 has the same \"id\" as an earlier step (%2)").arg(owner, quoted(step.id)));
    }
    ids.insert(step.id);
    step.picture = localFile(
        checker, folder,
        checker.requiredText(stepObject, QStringLiteral("picture"), field + QStringLiteral(".picture"), owner),
        field + QStringLiteral(".picture"), owner + QStringLiteral(" \"picture\""));
    readStepLinks(checker, stepObject, field, owner, step);
    return step;
}

std::optional<Task> loadStructure(const QDir &folder, const QString &shownFolder, QList<ContentProblem> *problems)
{
    FileChecker checker(shownFolder + QLatin1Char('/') + kTaskFile, folder.dirName(), problems);
    const std::optional<QJsonObject> object = checker.readObject(folder.filePath(kTaskFile));
    if (!object) {
        return std::nullopt;
    }
    checker.checkFormat(*object);
    checker.checkKnownKeys(*object, {QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("version"),
                                     QStringLiteral("order"), QStringLiteral("icon"), QStringLiteral("steps")});

    Task task;
    task.folder = shownFolder;
    readTaskFields(checker, folder, *object, task);
    const QJsonArray steps = object->value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty()) {
        checker.fail(QStringLiteral("steps"), QStringLiteral("it has no \"steps\": give a list of at least one step"));
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (!steps.at(i).isObject()) {
            checker.fail(QStringLiteral("steps[%1]").arg(i + 1),
                         QStringLiteral("%1 must be an object { … }").arg(QStringLiteral("step %1").arg(i + 1)));
            continue;
        }
        task.steps.append(readStep(checker, folder, steps.at(i).toObject(), i, ids));
    }
    if (checker.failed()) {
        return std::nullopt;
    }
    return task;
}

/** The text of each step, in task.json's order. */
void readStepTexts(FileChecker &checker, const QJsonObject &object, const Task &task, TaskText &text)
{
    const QJsonValue stepsValue = object.value(QStringLiteral("steps"));
    const QJsonArray steps = stepsValue.toArray();
    if (!stepsValue.isArray()) {
        checker.fail(QStringLiteral("steps"), QStringLiteral("it has no \"steps\" list"));
        return;
    }
    if (steps.size() != task.steps.size()) {
        checker.fail(QStringLiteral("steps"), QStringLiteral("it has %1 steps, but task.json has %2. Give the text of "
                                                             "every step")
                                                  .arg(steps.size())
                                                  .arg(task.steps.size()));
        return;
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString owner = QStringLiteral("step %1").arg(i + 1);
        const QString field = QStringLiteral("steps[%1]").arg(i + 1);
        const QJsonObject step = steps.at(i).toObject();
        checker.checkKnownKeys(step, {QStringLiteral("id"), QStringLiteral("text")}, owner + QLatin1Char(' '));
        const QString id = checker.requiredText(step, QStringLiteral("id"), field + QStringLiteral(".id"), owner);
        if (!id.isEmpty() && id != task.steps.at(i).id) {
            checker.fail(field + QStringLiteral(".id"),
                         QStringLiteral("%1 is %2 here, but %3 in task.json. Keep the steps in the same order")
                             .arg(owner, quoted(id), quoted(task.steps.at(i).id)));
        }
        text.steps.append(checker.requiredText(step, QStringLiteral("text"), field + QStringLiteral(".text"), owner));
    }
}

std::optional<TaskText> loadText(const QString &path, const QString &shownFile, const Task &task,
                                 const QString &language, QList<ContentProblem> *problems)
{
    FileChecker checker(shownFile, task.id, problems);
    const std::optional<QJsonObject> object = checker.readObject(path);
    if (!object) {
        return std::nullopt;
    }
    checker.checkFormat(*object);
    checker.checkKnownKeys(*object,
                           {QStringLiteral("format"), QStringLiteral("language"), QStringLiteral("title"),
                            QStringLiteral("summary"), QStringLiteral("searchWords"), QStringLiteral("bring"),
                            QStringLiteral("steps"), QStringLiteral("volunteerTips"), QStringLiteral("reviewed")});
    TaskText text;
    text.language = language;
    const QString declared = checker.requiredText(*object, QStringLiteral("language"), QStringLiteral("language"));
    if (!declared.isEmpty() && declared != language) {
        checker.fail(
            QStringLiteral("language"),
            QStringLiteral("\"language\" is %1, but the file is called %2.json").arg(quoted(declared), language));
    }
    text.title = checker.requiredText(*object, QStringLiteral("title"), QStringLiteral("title"));
    text.summary = checker.requiredText(*object, QStringLiteral("summary"), QStringLiteral("summary"));
    text.searchWords = checker.textList(*object, QStringLiteral("searchWords"), true);
    text.bring = checker.textList(*object, QStringLiteral("bring"), true);
    text.volunteerTips = checker.textList(*object, QStringLiteral("volunteerTips"), false);
    const QJsonValue reviewed = object->value(QStringLiteral("reviewed"));
    if (!reviewed.isUndefined() && !reviewed.isBool()) {
        checker.fail(QStringLiteral("reviewed"),
                     QStringLiteral("\"reviewed\" must be true or false, without quotes. Write false until a fluent "
                                    "speaker has checked the text"));
    }
    text.reviewed = reviewed.toBool(true);

    readStepTexts(checker, *object, task, text);
    if (checker.failed()) {
        return std::nullopt;
    }
    return text;
}

} // namespace

TaskLoader::Result TaskLoader::load(const QString &folderPath, const QString &shownFolder)
{
    Result result;
    const QDir folder(folderPath);
    std::optional<Task> task = loadStructure(folder, shownFolder, &result.problems);
    if (!task) {
        return result;
    }

    // English is the source every translation follows: without it the task cannot be shown.
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (!files.contains(kEnglish + QStringLiteral(".json"))) {
        result.problems.append({shownFolder + QStringLiteral("/en.json"), task->id, QString(),
                                QStringLiteral("the file is missing. Every task needs its English text")});
        return result;
    }
    for (const QString &file : files) {
        if (file == kTaskFile) {
            continue;
        }
        const QString language = file.chopped(5);
        const QString shownFile = shownFolder + QLatin1Char('/') + file;
        if (!Config::languageByCode(language)) {
            result.problems.append({shownFile, task->id, QString(),
                                    QStringLiteral("%1 is not a language this kiosk knows. Name the file after a "
                                                   "language code, like en.json or pl.json")
                                        .arg(quoted(language))});
            continue;
        }
        std::optional<TaskText> text = loadText(folder.filePath(file), shownFile, *task, language, &result.problems);
        if (text) {
            task->texts.insert(language, *text);
        } else if (language == kEnglish) {
            return result;
        }
    }
    result.task = std::move(task);
    return result;
}

} // namespace HealthHub::Catalogue
