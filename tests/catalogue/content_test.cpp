// SPDX-License-Identifier: GPL-3.0-or-later
// Task guides: good files load, every broken file is refused with a message naming the file, the task and
// the field, the rest of the catalogue still loads, and the built-in English keeps the plain-English promise.

#include "core/catalogue/catalogue.h"
#include "core/catalogue/plaintext.h"
#include "core/catalogue/taskloader.h"
#include "core/config/languages.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace HealthHub::Config;
using namespace HealthHub::Catalogue;

namespace {

const QByteArray kTaskJson = R"({
  "format": 1,
  "id": "demo-task",
  "version": 2,
  "order": 5,
  "icon": "icon.svg",
  "steps": [
    {"id": "open", "picture": "open.svg", "real": "https://www.nhs.uk/nhs-app/"},
    {"id": "order", "picture": "order.svg", "practice": "prescriptions.html", "practiceEvent": "prescription-ordered"}
  ]
}
)";

const QByteArray kEnglishJson = R"({
  "format": 1,
  "language": "en",
  "title": "Order your medicine",
  "summary": "Ask for more of the medicine you take.",
  "searchWords": ["pills", "tablets"],
  "bring": ["Your phone"],
  "steps": [
    {"id": "open", "text": "Open the app."},
    {"id": "order", "text": "Touch Order."}
  ],
  "volunteerTips": ["Check the list."]
}
)";

const QByteArray kPolishJson = R"({
  "format": 1,
  "language": "pl",
  "reviewed": false,
  "title": "Zamów leki",
  "summary": "Poproś o więcej leków.",
  "searchWords": ["tabletki"],
  "bring": ["Telefon"],
  "steps": [
    {"id": "open", "text": "Otwórz aplikację."},
    {"id": "order", "text": "Dotknij Zamów."}
  ]
}
)";

const QByteArray kSvg =
    R"(<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>)";

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

/** Writes a good task "demo-task" (English and Polish) into @p root; returns its folder. */
QString writeGoodTask(const QString &root, const QString &id = QStringLiteral("demo-task"))
{
    const QString folder = root + QLatin1Char('/') + id;
    QDir().mkpath(folder);
    QByteArray task = kTaskJson;
    task.replace(QByteArray("\"demo-task\""), QByteArray("\"" + id.toUtf8() + "\""));
    bool ok = writeFile(folder + QStringLiteral("/task.json"), task) &&
              writeFile(folder + QStringLiteral("/en.json"), kEnglishJson) &&
              writeFile(folder + QStringLiteral("/pl.json"), kPolishJson);
    for (const char *picture : {"icon.svg", "open.svg", "order.svg"}) {
        ok = ok && writeFile(folder + QLatin1Char('/') + QLatin1String(picture), kSvg);
    }
    return ok ? folder : QString();
}

QStringList messages(const QList<ContentProblem> &problems)
{
    QStringList out;
    for (const ContentProblem &problem : problems) {
        out.append(problem.message());
    }
    return out;
}

} // namespace

class ContentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodTaskLoads();
    void reviewedFlag();
    void brokenFiles_data();
    void brokenFiles();
    void brokenTranslationDropsOnlyThatLanguage();
    void missingEnglishRefusesTask();
    void restOfCatalogueStillLoads();
    void hubFolderAddsAndReplaces();
    void brokenHubTaskKeepsBuiltIn();
    void sentencesAndReadability_data();
    void sentencesAndReadability();
    void builtInCatalogue();
    void builtInTranslations();
    void builtInPicturesAreValid();
    void practiceLinksExist();
};

void ContentTest::goodTaskLoads()
{
    QTemporaryDir dir;
    const QString folder = writeGoodTask(dir.path());
    QVERIFY(!folder.isEmpty());
    const TaskLoader::Result result = TaskLoader::load(folder, QStringLiteral("hub/demo-task"));
    QVERIFY2(result.problems.isEmpty(), qPrintable(messages(result.problems).join(QLatin1Char('\n'))));
    QVERIFY(result.task);
    const Task &task = *result.task;
    QCOMPARE(task.id, QStringLiteral("demo-task"));
    QCOMPARE(task.version, 2);
    QCOMPARE(task.order, 5);
    QCOMPARE(task.steps.size(), 2);
    QCOMPARE(task.steps.at(0).realUrl, QUrl(QStringLiteral("https://www.nhs.uk/nhs-app/")));
    QCOMPARE(task.steps.at(1).practicePage, QStringLiteral("prescriptions.html"));
    QCOMPARE(task.steps.at(1).practiceEvent, QStringLiteral("prescription-ordered"));
    QCOMPARE(task.steps.at(1).picture, folder + QStringLiteral("/order.svg"));
    QCOMPARE(task.text(QStringLiteral("en")).steps,
             QStringList({QStringLiteral("Open the app."), QStringLiteral("Touch Order.")}));
    QCOMPARE(task.text(QStringLiteral("pl")).title, QStringLiteral("Zamów leki"));
    // A language the task is not written in falls back to English.
    QCOMPARE(task.text(QStringLiteral("ro")).title, QStringLiteral("Order your medicine"));
    QCOMPARE(task.text(QStringLiteral("en")).volunteerTips, QStringList{QStringLiteral("Check the list.")});
    // "reviewed" is true when absent; the Polish draft says it waits for a fluent speaker.
    QVERIFY(task.text(QStringLiteral("en")).reviewed);
    QVERIFY(!task.text(QStringLiteral("pl")).reviewed);
    QVERIFY(task.hasUnreviewedText(QStringLiteral("pl")));
    QVERIFY(!task.hasUnreviewedText(QStringLiteral("en")));
    QVERIFY(!task.hasUnreviewedText(QStringLiteral("ro"))); // not translated at all is not "unreviewed"
}

void ContentTest::reviewedFlag()
{
    QTemporaryDir dir;
    writeGoodTask(dir.path(), QStringLiteral("first-task"));
    const QString second = writeGoodTask(dir.path(), QStringLiteral("second-task"));
    QVERIFY(writeFile(second + QStringLiteral("/pl.json"),
                      QByteArray(kPolishJson).replace("\"reviewed\": false", "\"reviewed\": true")));
    const QString third = writeGoodTask(dir.path(), QStringLiteral("third-task"));
    QVERIFY(writeFile(third + QStringLiteral("/pl.json"), QByteArray(kPolishJson).replace("\"reviewed\": false,", "")));
    const Catalogue catalogue = Catalogue::load({{dir.path(), QStringLiteral("hub")}});
    QVERIFY2(catalogue.problems().isEmpty(), qPrintable(messages(catalogue.problems()).join(QLatin1Char('\n'))));
    QCOMPARE(catalogue.unreviewedTasks(QStringLiteral("pl")), QStringList{QStringLiteral("first-task")});
    QVERIFY(catalogue.unreviewedTasks(QStringLiteral("en")).isEmpty());
    QVERIFY(catalogue.unreviewedTasks(QStringLiteral("ro")).isEmpty());

    // A translation whose "reviewed" is not true or false drops only that language.
    QVERIFY(writeFile(third + QStringLiteral("/pl.json"),
                      QByteArray(kPolishJson).replace("\"reviewed\": false", "\"reviewed\": \"no\"")));
    const TaskLoader::Result result = TaskLoader::load(third, QStringLiteral("hub/third-task"));
    QCOMPARE(messages(result.problems),
             QStringList{QStringLiteral("hub/third-task/pl.json: task \"third-task\": \"reviewed\" must be true or "
                                        "false, without quotes. Write false until a fluent speaker has checked the "
                                        "text.")});
    QVERIFY(result.task);
    QVERIFY(!result.task->hasLanguage(QStringLiteral("pl")));
}

void ContentTest::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("message");

    const QString t = QStringLiteral("hub/demo-task/task.json: task \"demo-task\": ");
    const QString e = QStringLiteral("hub/demo-task/en.json: task \"demo-task\": ");
    QTest::newRow("not JSON") << "task.json" << QByteArray("\"version\": 2,") << QByteArray("\"version\": 2")
                              << t + QStringLiteral(
                                         "the file is not valid JSON (unterminated object at character 56).");
    QTest::newRow("not an object") << "task.json" << kTaskJson << QByteArray("[1, 2]")
                                   << t + QStringLiteral("the file must hold one JSON object { … }.");
    QTest::newRow("format missing") << "task.json" << QByteArray("\"format\": 1,") << QByteArray()
                                    << t + QStringLiteral("\"format\" is missing. Write \"format\": 1.");
    QTest::newRow("format too new") << "task.json" << QByteArray("\"format\": 1") << QByteArray("\"format\": 2")
                                    << t + QStringLiteral("\"format\" is 2, but this version reads only format 1.");
    QTest::newRow("id differs from folder")
        << "task.json" << QByteArray("\"id\": \"demo-task\"") << QByteArray("\"id\": \"other\"")
        << t + QStringLiteral("\"id\" is \"other\", but the folder is called \"demo-task\". They must be the same.");
    QTest::newRow("unknown field") << "task.json" << QByteArray("\"order\"") << QByteArray("\"ordre\"")
                                   << t + QStringLiteral("\"ordre\" is not a known field.");
    QTest::newRow("version not a number")
        << "task.json" << QByteArray("\"version\": 2") << QByteArray("\"version\": \"two\"")
        << t + QStringLiteral("\"version\" must be a whole number, 0 or more.");
    QTest::newRow("icon missing file") << "task.json" << QByteArray("\"icon.svg\"") << QByteArray("\"nope.svg\"")
                                       << t + QStringLiteral(
                                                  "\"icon\" names \"nope.svg\", which is not in the folder.");
    QTest::newRow("no steps") << "task.json" << kTaskJson
                              << QByteArray(R"({"format": 1, "id": "demo-task", "icon": "icon.svg", "steps": []})")
                              << t + QStringLiteral("it has no \"steps\": give a list of at least one step.");
    QTest::newRow("step without id") << "task.json" << QByteArray("{\"id\": \"open\", ") << QByteArray("{")
                                     << t + QStringLiteral("step 1 has no \"id\".");
    QTest::newRow("duplicate step id") << "task.json" << QByteArray("{\"id\": \"order\"")
                                       << QByteArray("{\"id\": \"open\"")
                                       << t + QStringLiteral(
                                                  "step 2 has the same \"id\" as an earlier step (\"open\").");
    QTest::newRow("picture is a path")
        << "task.json" << QByteArray("\"open.svg\"") << QByteArray("\"../open.svg\"")
        << t + QStringLiteral("step 1 \"picture\" must be a file name in the task's folder, not a path.");
    QTest::newRow("picture not there") << "task.json" << QByteArray("\"order.svg\"") << QByteArray("\"gone.svg\"")
                                       << t + QStringLiteral(
                                                  "step 2 \"picture\" names \"gone.svg\", which is not in the folder.");
    QTest::newRow("real not https") << "task.json" << QByteArray("https://www.nhs.uk")
                                    << QByteArray("http://www.nhs.uk")
                                    << t + QStringLiteral("step 1 \"real\" must be a whole https address, like "
                                                          "\"https://www.nhs.uk/nhs-app/\".");
    QTest::newRow("practice page outside the site")
        << "task.json" << QByteArray("\"prescriptions.html\"") << QByteArray("\"https://example.org/x.html\"")
        << t + QStringLiteral("step 2 \"practice\" must be a page of the practice site, like \"prescriptions.html\".");
    QTest::newRow("event without page") << "task.json" << QByteArray("\"practice\": \"prescriptions.html\", ")
                                        << QByteArray()
                                        << t + QStringLiteral(
                                                   "step 2 has a \"practiceEvent\" but no \"practice\" page.");
    QTest::newRow("unknown step field") << "task.json" << QByteArray("\"real\"") << QByteArray("\"rael\"")
                                        << t + QStringLiteral("step 1 \"rael\" is not a known field.");
    QTest::newRow("no title") << "en.json" << QByteArray("\"title\": \"Order your medicine\",") << QByteArray()
                              << e + QStringLiteral("it has no \"title\".");
    QTest::newRow("empty summary") << "en.json" << QByteArray("\"Ask for more of the medicine you take.\"")
                                   << QByteArray("\" \"") << e + QStringLiteral("it has no \"summary\".");
    QTest::newRow("wrong language") << "en.json" << QByteArray("\"language\": \"en\"")
                                    << QByteArray("\"language\": \"pl\"")
                                    << e + QStringLiteral("\"language\" is \"pl\", but the file is called en.json.");
    QTest::newRow("search words not a list")
        << "en.json" << QByteArray("[\"pills\", \"tablets\"]") << QByteArray("\"pills\"")
        << e + QStringLiteral("\"searchWords\" must be a list of texts, like [\"one\", \"two\"].");
    QTest::newRow("reviewed in quotes") << "en.json" << QByteArray("\"language\": \"en\",")
                                        << QByteArray("\"language\": \"en\", \"reviewed\": \"false\",")
                                        << e + QStringLiteral("\"reviewed\" must be true or false, without quotes. "
                                                              "Write false until a fluent speaker has checked the "
                                                              "text.");
    QTest::newRow("reviewed a number") << "en.json" << QByteArray("\"language\": \"en\",")
                                       << QByteArray("\"language\": \"en\", \"reviewed\": 0,")
                                       << e + QStringLiteral("\"reviewed\" must be true or false, without quotes. "
                                                             "Write false until a fluent speaker has checked the "
                                                             "text.");
    QTest::newRow("no bring list") << "en.json" << QByteArray("\"bring\": [\"Your phone\"],") << QByteArray()
                                   << e + QStringLiteral("it has no \"bring\" list.");
    QTest::newRow("step has no text") << "en.json" << QByteArray("\"text\": \"Touch Order.\"")
                                      << QByteArray("\"txt\": \"Touch Order.\"")
                                      << e + QStringLiteral("step 2 \"txt\" is not a known field.\n") + e +
                                             QStringLiteral("step 2 has no \"text\".");
    QTest::newRow("step text empty") << "en.json" << QByteArray("\"Touch Order.\"") << QByteArray("\"\"")
                                     << e + QStringLiteral("step 2 has no \"text\".");
    QTest::newRow("a step too few") << "en.json" << QByteArray(",\n    {\"id\": \"order\", \"text\": \"Touch Order.\"}")
                                    << QByteArray()
                                    << e + QStringLiteral(
                                               "it has 1 steps, but task.json has 2. Give the text of every step.");
    QTest::newRow("steps out of order") << "en.json" << QByteArray("{\"id\": \"open\"")
                                        << QByteArray("{\"id\": \"opn\"")
                                        << e + QStringLiteral(
                                                   "step 1 is \"opn\" here, but \"open\" in task.json. Keep the "
                                                   "steps in the same order.");
}

void ContentTest::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, message);

    QTemporaryDir dir;
    const QString folder = writeGoodTask(dir.path());
    QVERIFY(!folder.isEmpty());
    QFile original(folder + QLatin1Char('/') + file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray content = original.readAll();
    original.close();
    QVERIFY2(content.contains(from), "the row's text to replace is not in the good file");
    content.replace(from, to);
    QVERIFY(writeFile(original.fileName(), content));

    const TaskLoader::Result result = TaskLoader::load(folder, QStringLiteral("hub/demo-task"));
    QCOMPARE(messages(result.problems).join(QLatin1Char('\n')), message);
    QVERIFY2(!result.task, "a task with a broken task.json or en.json must be refused");
    QVERIFY(!result.problems.constFirst().field.isNull() || message.contains(QLatin1String("the file")));
}

void ContentTest::brokenTranslationDropsOnlyThatLanguage()
{
    QTemporaryDir dir;
    const QString folder = writeGoodTask(dir.path());
    QVERIFY(writeFile(folder + QStringLiteral("/pl.json"),
                      QByteArray(kPolishJson).replace("\"title\": \"Zamów leki\",", "")));
    QVERIFY(writeFile(folder + QStringLiteral("/xx.json"), kPolishJson));
    const TaskLoader::Result result = TaskLoader::load(folder, QStringLiteral("hub/demo-task"));
    QCOMPARE(
        messages(result.problems),
        QStringList({QStringLiteral("hub/demo-task/pl.json: task \"demo-task\": it has no \"title\"."),
                     QStringLiteral("hub/demo-task/xx.json: task \"demo-task\": \"xx\" is not a language this "
                                    "kiosk knows. Name the file after a language code, like en.json or pl.json.")}));
    QVERIFY(result.task);
    QVERIFY(!result.task->hasLanguage(QStringLiteral("pl")));
    QCOMPARE(result.task->text(QStringLiteral("pl")).title, QStringLiteral("Order your medicine"));
}

void ContentTest::missingEnglishRefusesTask()
{
    QTemporaryDir dir;
    const QString folder = writeGoodTask(dir.path());
    QVERIFY(QFile::remove(folder + QStringLiteral("/en.json")));
    const TaskLoader::Result result = TaskLoader::load(folder, QStringLiteral("hub/demo-task"));
    QVERIFY(!result.task);
    QCOMPARE(messages(result.problems),
             QStringList{QStringLiteral("hub/demo-task/en.json: task \"demo-task\": the file is missing. Every task "
                                        "needs its English text.")});
}

void ContentTest::restOfCatalogueStillLoads()
{
    QTemporaryDir dir;
    writeGoodTask(dir.path(), QStringLiteral("first-task"));
    const QString broken = writeGoodTask(dir.path(), QStringLiteral("second-task"));
    writeGoodTask(dir.path(), QStringLiteral("third-task"));
    QVERIFY(writeFile(broken + QStringLiteral("/task.json"), "{ not json"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("empty-folder")));

    const Catalogue catalogue = Catalogue::load({{dir.path(), QStringLiteral("hub")}});
    QStringList ids;
    for (const Task &task : catalogue.tasks()) {
        ids.append(task.id);
    }
    ids.sort();
    QCOMPARE(ids, QStringList({QStringLiteral("first-task"), QStringLiteral("third-task")}));
    const QStringList problems = messages(catalogue.problems());
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).startsWith(
                 QStringLiteral("hub/empty-folder/task.json: task \"empty-folder\": the file is missing")),
             qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).startsWith(
                 QStringLiteral("hub/second-task/task.json: task \"second-task\": the file is not valid JSON")),
             qPrintable(problems.at(1)));
    QCOMPARE(catalogue.languages(), QStringList({QStringLiteral("en"), QStringLiteral("pl")}));
}

void ContentTest::hubFolderAddsAndReplaces()
{
    QTemporaryDir hub;
    // Replaces the built-in "repeat-prescription" and adds "demo-task".
    const QString replaced = writeGoodTask(hub.path(), QStringLiteral("repeat-prescription"));
    writeGoodTask(hub.path());
    QVERIFY(!replaced.isEmpty());

    const Catalogue builtIn = Catalogue::load({Catalogue::builtIn()});
    const Catalogue both = Catalogue::load({Catalogue::builtIn(), {hub.path(), hub.path()}});
    QVERIFY2(both.problems().isEmpty(), qPrintable(messages(both.problems()).join(QLatin1Char('\n'))));
    QCOMPARE(both.tasks().size(), builtIn.tasks().size() + 1);
    QVERIFY(both.task(QStringLiteral("demo-task")));
    const Task *task = both.task(QStringLiteral("repeat-prescription"));
    QVERIFY(task);
    QCOMPARE(task->text(QStringLiteral("en")).title, QStringLiteral("Order your medicine"));
    QCOMPARE(task->folder, hub.path() + QStringLiteral("/repeat-prescription"));
}

void ContentTest::brokenHubTaskKeepsBuiltIn()
{
    QTemporaryDir hub;
    const QString folder = writeGoodTask(hub.path(), QStringLiteral("repeat-prescription"));
    QVERIFY(QFile::remove(folder + QStringLiteral("/order.svg")));
    const Catalogue catalogue = Catalogue::load({Catalogue::builtIn(), {hub.path(), QStringLiteral("hub")}});
    QCOMPARE(messages(catalogue.problems()),
             QStringList{QStringLiteral("hub/repeat-prescription/task.json: task \"repeat-prescription\": step 2 "
                                        "\"picture\" names \"order.svg\", which is not in the folder.")});
    const Task *task = catalogue.task(QStringLiteral("repeat-prescription"));
    QVERIFY(task);
    QCOMPARE(task->text(QStringLiteral("en")).title, QStringLiteral("Order a repeat prescription"));
}

void ContentTest::sentencesAndReadability_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("sentences");
    QTest::addColumn<int>("longest");
    QTest::addColumn<bool>("plain");
    QTest::newRow("plain") << "Open the app. Touch Order." << 2 << 3 << true;
    QTest::newRow("question") << "Is it free? Yes, it is!" << 2 << 3 << true;
    QTest::newRow("hard") << "Consequently, authentication necessitates comprehensive documentation verification "
                             "procedures administered electronically."
                          << 1 << 9 << false;
}

void ContentTest::sentencesAndReadability()
{
    QFETCH(QString, text);
    QFETCH(int, sentences);
    QFETCH(int, longest);
    QFETCH(bool, plain);
    const QStringList split = PlainText::sentences(text);
    QCOMPARE(split.size(), sentences);
    int most = 0;
    for (const QString &sentence : split) {
        most = std::max(most, int(PlainText::words(sentence).size()));
    }
    QCOMPARE(most, longest);
    QCOMPARE(PlainText::fleschReadingEase(text) >= 70, plain);
    QCOMPARE(PlainText::englishSyllables(QStringLiteral("prescription")), 3);
    QCOMPARE(PlainText::englishSyllables(QStringLiteral("phone")), 1);
    QCOMPARE(PlainText::englishSyllables(QStringLiteral("medicine")), 3);
}

void ContentTest::builtInCatalogue()
{
    const Catalogue catalogue = Catalogue::load({Catalogue::builtIn()});
    QVERIFY2(catalogue.problems().isEmpty(), qPrintable(messages(catalogue.problems()).join(QLatin1Char('\n'))));
    QVERIFY2(catalogue.tasks().size() >= 12, qPrintable(QString::number(catalogue.tasks().size())));
    for (const char *id : {"get-nhs-app", "nhs-login", "repeat-prescription", "choose-pharmacy", "book-appointment",
                           "change-appointment", "test-results", "gp-record", "nhs-111", "find-service",
                           "video-appointment", "register-gp", "proxy-access"}) {
        QVERIFY2(catalogue.task(QLatin1String(id)), id);
    }

    // The plain-English promise, tested: every visitor-facing English sentence has 20 words or fewer, and
    // each guide's steps read at Flesch reading ease 70 or more (about reading age 9 to 11).
    for (const Task &task : catalogue.tasks()) {
        const TaskText &english = task.text(QStringLiteral("en"));
        QStringList visitorText{english.title, english.summary};
        visitorText += english.bring;
        visitorText += english.steps;
        for (const QString &text : std::as_const(visitorText)) {
            for (const QString &sentence : PlainText::sentences(text)) {
                QVERIFY2(PlainText::words(sentence).size() <= 20,
                         qPrintable(task.id + QStringLiteral(": too long: ") + sentence));
            }
        }
        const double ease = PlainText::fleschReadingEase(english.steps.join(QLatin1Char(' ')));
        QVERIFY2(ease >= 70, qPrintable(QStringLiteral("%1 reads at Flesch %2").arg(task.id).arg(ease)));
    }

    // NHS login names all three ways to prove who you are, and how long a check takes.
    const QString login =
        catalogue.task(QStringLiteral("nhs-login"))->text(QStringLiteral("en")).steps.join(QLatin1Char(' '));
    for (const char *must :
         {"face", "video saying four numbers", "ODS code, account ID and linkage key", "from a day to a week"}) {
        QVERIFY2(login.contains(QLatin1String(must)), must);
    }
}

void ContentTest::builtInTranslations()
{
    // Every shipped translation loads (none dropped), follows its English guide step by step, leaves no text
    // empty or in English, keeps every number and "NHS", and a guide is translated into every language or none.
    const Catalogue catalogue = Catalogue::load({Catalogue::builtIn()});
    QVERIFY2(catalogue.problems().isEmpty(), qPrintable(messages(catalogue.problems()).join(QLatin1Char('\n'))));
    static const QRegularExpression number(QStringLiteral("\\d+"));
    auto numbers = [](const QString &text) {
        QStringList found;
        for (auto it = number.globalMatch(text); it.hasNext();) {
            found.append(it.next().captured());
        }
        found.sort();
        return found;
    };
    int translations = 0;
    for (const Task &task : catalogue.tasks()) {
        const QStringList files =
            QDir(QStringLiteral(":/guides/") + task.id).entryList({QStringLiteral("*.json")}, QDir::Files);
        const TaskText &english = task.text(QStringLiteral("en"));
        int languages = 0;
        for (const Language &language : knownLanguages()) {
            if (language.code == QLatin1String("en") || !files.contains(language.code + QStringLiteral(".json"))) {
                continue;
            }
            ++languages;
            const QString where = task.id + QLatin1Char('/') + language.code + QStringLiteral(": ");
            QVERIFY2(task.hasLanguage(language.code), qPrintable(where + QStringLiteral("dropped")));
            const TaskText &text = task.text(language.code);
            QCOMPARE(text.steps.size(), task.steps.size());
            QVERIFY2(!text.searchWords.isEmpty(), qPrintable(where + QStringLiteral("no search words")));
            QCOMPARE(text.bring.size(), english.bring.size());
            QCOMPARE(text.volunteerTips.size(), english.volunteerTips.size());
            for (qsizetype i = 0; i < text.steps.size(); ++i) {
                const QString &step = text.steps.at(i);
                const QString &source = english.steps.at(i);
                const QString shown = where + task.steps.at(i).id + QStringLiteral(": ") + step;
                QVERIFY2(!step.trimmed().isEmpty() && step != source, qPrintable(shown));
                QVERIFY2(numbers(step) == numbers(source), qPrintable(shown));
                QVERIFY2(!source.contains(QLatin1String("NHS")) || step.contains(QLatin1String("NHS")),
                         qPrintable(shown));
            }
            for (const QString &line : text.bring + QStringList{text.title, text.summary} + text.volunteerTips) {
                QVERIFY2(!line.trimmed().isEmpty(), qPrintable(where + QStringLiteral("empty text")));
            }
            QVERIFY2(text.title != english.title, qPrintable(where + text.title));
            ++translations;
        }
        QVERIFY2(languages == 0 || languages == int(knownLanguages().size()) - 1,
                 qPrintable(QStringLiteral("%1 is translated into %2 languages, not all").arg(task.id).arg(languages)));
    }
    qInfo("%d built-in guide translations checked", translations);
}

void ContentTest::builtInPicturesAreValid()
{
    const Catalogue catalogue = Catalogue::load({Catalogue::builtIn()});
    int pictures = 0;
    for (const Task &task : catalogue.tasks()) {
        QStringList files{task.icon};
        for (const TaskStep &step : task.steps) {
            files.append(step.picture);
        }
        for (const QString &file : std::as_const(files)) {
            QSvgRenderer renderer(file);
            QVERIFY2(renderer.isValid(), qPrintable(file));
            QVERIFY(!renderer.defaultSize().isEmpty());
            ++pictures;
        }
    }
    QVERIFY(pictures > 50);
}

void ContentTest::practiceLinksExist()
{
    // Every practice page a guide names is in the practice site, and that page (or its script) reports the
    // step's event: a renamed page or event cannot silently break a guide.
    const Catalogue catalogue = Catalogue::load({Catalogue::builtIn()});
    int links = 0;
    for (const Task &task : catalogue.tasks()) {
        for (const TaskStep &step : task.steps) {
            if (step.practicePage.isEmpty()) {
                continue;
            }
            const QString page = step.practicePage.section(QLatin1Char('#'), 0, 0);
            QFile file(QStringLiteral(":/practice/") + page);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(task.id + QStringLiteral(": ") + page));
            const QByteArray html = file.readAll();
            const QString fragment = step.practicePage.section(QLatin1Char('#'), 1);
            if (!fragment.isEmpty()) {
                QVERIFY2(html.contains(QByteArray("data-screen=\"" + fragment.toUtf8() + "\"")),
                         qPrintable(step.practicePage));
            }
            if (!step.practiceEvent.isEmpty()) {
                const QByteArray event = step.practiceEvent.toUtf8();
                QVERIFY2(html.contains(QByteArray("'" + event + "'")) || html.contains(QByteArray("\"" + event + "\"")),
                         qPrintable(task.id + QStringLiteral(": ") + page + QStringLiteral(" never reports ") +
                                    step.practiceEvent));
            }
            ++links;
        }
    }
    QVERIFY(links >= 20);
    // Every page carries the permanent practice banner.
    const QStringList pages = QDir(QStringLiteral(":/practice")).entryList({QStringLiteral("*.html")});
    QVERIFY(pages.size() >= 8);
    for (const QString &name : pages) {
        QFile file(QStringLiteral(":/practice/") + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY2(html.contains("class=\"practice-banner\"") && html.contains("Practice — not real"), qPrintable(name));
        QVERIFY2(html.contains("<html lang=\"en\">"), qPrintable(name));
    }
}

QTEST_MAIN(ContentTest)
#include "content_test.moc"
