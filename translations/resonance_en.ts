<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>rwb::app::MainWindow</name>
    <message>
        <source>Resonance projects (*.rwb)</source>
        <translation>Resonance projects (*.rwb)</translation>
    </message>
    <message>
        <source>The new user name applies when a project is opened.</source>
        <translation>The new user name applies when a project is opened.</translation>
    </message>
    <message>
        <source>Cannot Create Project</source>
        <translation>Cannot Create Project</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Choose another name, or open it with File ▸ Open Project….</source>
        <translation>&quot;%1&quot; already exists. Choose another name, or open it with File ▸ Open Project….</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Cannot Open Project</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Cannot Change the Project</source>
        <translation>Cannot Change the Project</translation>
    </message>
    <message>
        <source>Jobs Are Running</source>
        <translation>Jobs Are Running</translation>
    </message>
    <message>
        <source>Some jobs have not finished. Cancel them and quit? What they have done so far is kept.</source>
        <translation>Some jobs have not finished. Cancel them and quit? What they have done so far is kept.</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>Cannot Undo</translation>
    </message>
    <message>
        <source>Cannot Redo</source>
        <translation>Cannot Redo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Asset</source>
        <translation>&amp;Asset</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>Create a project file</source>
        <translation>Create a project file</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Open a project file</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <source>Add images, signals or documents to the project</source>
        <translation>Add images, signals or documents to the project</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <source>Add every supported file of a folder and its subfolders</source>
        <translation>Add every supported file of a folder and its subfolders</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Close Project</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Previous Asset</source>
        <translation>&amp;Previous Asset</translation>
    </message>
    <message>
        <source>&amp;Next Asset</source>
        <translation>&amp;Next Asset</translation>
    </message>
    <message>
        <source>Mark as &amp;Done</source>
        <translation>Mark as &amp;Done</translation>
    </message>
    <message>
        <source>Set the status of the open asset to done</source>
        <translation>Set the status of the open asset to done</translation>
    </message>
    <message>
        <source>&amp;About Resonance Workbench</source>
        <translation>&amp;About Resonance Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Label Classes</source>
        <translation>Label Classes</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Running jobs</source>
        <translation>Running jobs</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Resonance Workbench</source>
        <translation>Resonance Workbench</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s), %1 done</source>
        <translation>
            <numerusform>%n asset, %1 done</numerusform>
            <numerusform>%n assets, %1 done</numerusform>
        </translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>New Project</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Supported files (%1)</source>
        <translation>Supported files (%1)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Import Files</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Import Folder</translation>
    </message>
    <message>
        <source>About Resonance Workbench</source>
        <translation>About Resonance Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Resonance Workbench %1&lt;/h3&gt;&lt;p&gt;An offline workbench for industrial datasets: label images, time series and documents, build knowledge graphs of industry mechanisms, and publish versioned datasets.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Resonance Workbench %1&lt;/h3&gt;&lt;p&gt;An offline workbench for industrial datasets: label images, time series and documents, build knowledge graphs of industry mechanisms, and publish versioned datasets.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n file imported.</numerusform>
            <numerusform>%n files imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n duplicate skipped.</numerusform>
            <numerusform>%n duplicates skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: same content as another file of this import</source>
        <translation>%1: same content as another file of this import</translation>
    </message>
    <message>
        <source>%1: same content as %2</source>
        <translation>%1: same content as %2</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Import Finished</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>The import failed: %1</translation>
    </message>
</context>
<context>
    <name>rwb::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Your edits and reviews are recorded under this name. A change applies to projects opened afterwards.</source>
        <translation>Your edits and reviews are recorded under this name. A change applies to projects opened afterwards.</translation>
    </message>
    <message>
        <source>&amp;Thumbnail size:</source>
        <translation>&amp;Thumbnail size:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
</context>
<context>
    <name>rwb::cli::Cli</name>
    <message>
        <source>Usage: resonance-cli [--json] [--user NAME] COMMAND ARGS...

Commands:
  init PROJECT.rwb [--name NAME]        create a project
  import PROJECT.rwb INPUT...           import files, folders or globs (duplicates skipped)
  info PROJECT.rwb                      project facts, counts, OpenCV DNN backends
  labels PROJECT.rwb list               list label classes and attributes
  labels PROJECT.rwb add NAME [--title-en T] [--title-zh T] [--color #rrggbb] [--shortcut K]
                          [--parent CLASS] [--kinds image,timeseries,document] [--shapes box,polygon,...]
  labels PROJECT.rwb edit NAME [--name NEW] [same options as add]
  labels PROJECT.rwb remove NAME
  labels PROJECT.rwb attr-add NAME --type bool|int|float|enum|text [--options a,b] [--default V]
                          [--class CLASS] [--required] [--title-en T] [--title-zh T]
  labels PROJECT.rwb attr-edit NAME [--class CLASS] [same options as attr-add]
  labels PROJECT.rwb attr-remove NAME [--class CLASS]
  labels PROJECT.rwb export FILE.json | import FILE.json
  list PROJECT.rwb [--kind K] [--status S] [--class C] [--split S] [--offset N] [--limit N]
  stats PROJECT.rwb                     dataset composition
  check PROJECT.rwb                     full integrity check of the file
  sample DIR                            create the sample project in DIR

Exit codes: 0 ok, 1 failed, 2 wrong arguments, 3 project refused (missing, not a project,
damaged, newer version, read-only), 4 partly done (some inputs failed), 5 not found, 130 cancelled.
</source>
        <translation>Usage: resonance-cli [--json] [--user NAME] COMMAND ARGS...

Commands:
  init PROJECT.rwb [--name NAME]        create a project
  import PROJECT.rwb INPUT...           import files, folders or globs (duplicates skipped)
  info PROJECT.rwb                      project facts, counts, OpenCV DNN backends
  labels PROJECT.rwb list               list label classes and attributes
  labels PROJECT.rwb add NAME [--title-en T] [--title-zh T] [--color #rrggbb] [--shortcut K]
                          [--parent CLASS] [--kinds image,timeseries,document] [--shapes box,polygon,...]
  labels PROJECT.rwb edit NAME [--name NEW] [same options as add]
  labels PROJECT.rwb remove NAME
  labels PROJECT.rwb attr-add NAME --type bool|int|float|enum|text [--options a,b] [--default V]
                          [--class CLASS] [--required] [--title-en T] [--title-zh T]
  labels PROJECT.rwb attr-edit NAME [--class CLASS] [same options as attr-add]
  labels PROJECT.rwb attr-remove NAME [--class CLASS]
  labels PROJECT.rwb export FILE.json | import FILE.json
  list PROJECT.rwb [--kind K] [--status S] [--class C] [--split S] [--offset N] [--limit N]
  stats PROJECT.rwb                     dataset composition
  check PROJECT.rwb                     full integrity check of the file
  sample DIR                            create the sample project in DIR

Exit codes: 0 ok, 1 failed, 2 wrong arguments, 3 project refused (missing, not a project,
damaged, newer version, read-only), 4 partly done (some inputs failed), 5 not found, 130 cancelled.
</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>option --%1 needs a value</translation>
    </message>
    <message>
        <source>resonance-cli: %1</source>
        <translation>resonance-cli: %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>init needs exactly one project path</source>
        <translation>init needs exactly one project path</translation>
    </message>
    <message>
        <source>Created project &quot;%1&quot; at %2</source>
        <translation>Created project &quot;%1&quot; at %2</translation>
    </message>
    <message>
        <source>import needs a project and at least one file, folder or pattern</source>
        <translation>import needs a project and at least one file, folder or pattern</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Imported %1 file(s); %2 duplicate(s) skipped; %3 failed.</source>
        <translation>Imported %1 file(s); %2 duplicate(s) skipped; %3 failed.</translation>
    </message>
    <message>
        <source>  duplicate: %1 (same content as %2)</source>
        <translation>  duplicate: %1 (same content as %2)</translation>
    </message>
    <message>
        <source>another file of this import</source>
        <translation>another file of this import</translation>
    </message>
    <message>
        <source>  failed: %1: %2</source>
        <translation>  failed: %1: %2</translation>
    </message>
    <message>
        <source>Import cancelled; %1 file(s) were imported before.</source>
        <translation>Import cancelled; %1 file(s) were imported before.</translation>
    </message>
    <message>
        <source>info needs a project path</source>
        <translation>info needs a project path</translation>
    </message>
    <message>
        <source>Project:        %1</source>
        <translation>Project:        %1</translation>
    </message>
    <message>
        <source>File:           %1</source>
        <translation>File:           %1</translation>
    </message>
    <message>
        <source>Id:             %1</source>
        <translation>Id:             %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Assets:         %1 (images %2, time series %3, documents %4)</source>
        <translation>Assets:         %1 (images %2, time series %3, documents %4)</translation>
    </message>
    <message>
        <source>Annotations:    %1</source>
        <translation>Annotations:    %1</translation>
    </message>
    <message>
        <source>Label classes:  %1</source>
        <translation>Label classes:  %1</translation>
    </message>
    <message>
        <source>OpenCV %1, DNN backends: %2</source>
        <translation>OpenCV %1, DNN backends: %2</translation>
    </message>
    <message>
        <source>labels needs a project and an action (list, add, edit, remove, attr-add, attr-edit, attr-remove, export, import)</source>
        <translation>labels needs a project and an action (list, add, edit, remove, attr-add, attr-edit, attr-remove, export, import)</translation>
    </message>
    <message>
        <source>No label class named &quot;%1&quot;.</source>
        <translation>No label class named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown asset kind &quot;%1&quot; (image, timeseries, document).</source>
        <translation>Unknown asset kind &quot;%1&quot; (image, timeseries, document).</translation>
    </message>
    <message>
        <source>Unknown attribute type &quot;%1&quot; (bool, int, float, enum, text).</source>
        <translation>Unknown attribute type &quot;%1&quot; (bool, int, float, enum, text).</translation>
    </message>
    <message>
        <source>Default value &quot;%1&quot; is not a number.</source>
        <translation>Default value &quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>key %1 </source>
        <translation>key %1 </translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>under %1</translation>
    </message>
    <message>
        <source>* %1 (%2%3) on every class</source>
        <translation>* %1 (%2%3) on every class</translation>
    </message>
    <message>
        <source>labels export needs a file name</source>
        <translation>labels export needs a file name</translation>
    </message>
    <message>
        <source>Wrote the label schema to %1</source>
        <translation>Wrote the label schema to %1</translation>
    </message>
    <message>
        <source>labels import needs a file name</source>
        <translation>labels import needs a file name</translation>
    </message>
    <message>
        <source>Label schema imported: %1 class(es) added, %2 updated; %3 attribute(s) added, %4 updated.</source>
        <translation>Label schema imported: %1 class(es) added, %2 updated; %3 attribute(s) added, %4 updated.</translation>
    </message>
    <message>
        <source>labels %1 needs a name</source>
        <translation>labels %1 needs a name</translation>
    </message>
    <message>
        <source>Added label class &quot;%1&quot; (id %2)</source>
        <translation>Added label class &quot;%1&quot; (id %2)</translation>
    </message>
    <message>
        <source>Removed label class &quot;%1&quot;</source>
        <translation>Removed label class &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Updated label class &quot;%1&quot;</source>
        <translation>Updated label class &quot;%1&quot;</translation>
    </message>
    <message>
        <source>attr-add needs --type</source>
        <translation>attr-add needs --type</translation>
    </message>
    <message>
        <source>Added attribute &quot;%1&quot; (id %2)</source>
        <translation>Added attribute &quot;%1&quot; (id %2)</translation>
    </message>
    <message>
        <source>No attribute named &quot;%1&quot; here.</source>
        <translation>No attribute named &quot;%1&quot; here.</translation>
    </message>
    <message>
        <source>Removed attribute &quot;%1&quot;</source>
        <translation>Removed attribute &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Updated attribute &quot;%1&quot;</source>
        <translation>Updated attribute &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown labels action &quot;%1&quot;</source>
        <translation>unknown labels action &quot;%1&quot;</translation>
    </message>
    <message>
        <source>list needs a project path</source>
        <translation>list needs a project path</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (image, timeseries, document)</source>
        <translation>unknown kind &quot;%1&quot; (image, timeseries, document)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (todo, in_progress, done, needs_review, accepted, rejected)</source>
        <translation>unknown status &quot;%1&quot; (todo, in_progress, done, needs_review, accepted, rejected)</translation>
    </message>
    <message>
        <source>unknown split &quot;%1&quot; (none, train, val, test)</source>
        <translation>unknown split &quot;%1&quot; (none, train, val, test)</translation>
    </message>
    <message>
        <source>--offset and --limit take whole numbers</source>
        <translation>--offset and --limit take whole numbers</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>%1 ch x %2</source>
        <translation>%1 ch x %2</translation>
    </message>
    <message>
        <source>stats needs a project path</source>
        <translation>stats needs a project path</translation>
    </message>
    <message>
        <source>Assets: %1 (%2 without annotations)</source>
        <translation>Assets: %1 (%2 without annotations)</translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation>Annotations: %1</translation>
    </message>
    <message>
        <source>Assets by kind:</source>
        <translation>Assets by kind:</translation>
    </message>
    <message>
        <source>Assets by status:</source>
        <translation>Assets by status:</translation>
    </message>
    <message>
        <source>Assets by split:</source>
        <translation>Assets by split:</translation>
    </message>
    <message>
        <source>Annotations by class:</source>
        <translation>Annotations by class:</translation>
    </message>
    <message>
        <source>Annotations by state:</source>
        <translation>Annotations by state:</translation>
    </message>
    <message>
        <source>Annotations by source:</source>
        <translation>Annotations by source:</translation>
    </message>
    <message>
        <source>check needs a project path</source>
        <translation>check needs a project path</translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation>%1: no problems found</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>sample needs a folder</source>
        <translation>sample needs a folder</translation>
    </message>
    <message>
        <source>Making the sample project</source>
        <translation>Making the sample project</translation>
    </message>
    <message>
        <source>Sample project created: %1</source>
        <translation>Sample project created: %1</translation>
    </message>
</context>
<context>
    <name>rwb::document::DocumentProbe</name>
    <message>
        <source>not a readable PDF</source>
        <translation>not a readable PDF</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>the PDF is password-protected</translation>
    </message>
    <message>
        <source>binary data, not a text file</source>
        <translation>binary data, not a text file</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::LabelSchemaFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: invalid JSON (%3)</source>
        <translation>%1, line %2: invalid JSON (%3)</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: expected a JSON object</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rwb::image::ImageProbe</name>
    <message>
        <source>not a readable image (%1)</source>
        <translation>not a readable image (%1)</translation>
    </message>
</context>
<context>
    <name>rwb::project</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Time series</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
</context>
<context>
    <name>rwb::project::AnnotationStore</name>
    <message>
        <source>an annotation needs a kind (box, polygon, range, …)</source>
        <translation>an annotation needs a kind (box, polygon, range, …)</translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation>annotation %1 does not exist</translation>
    </message>
</context>
<context>
    <name>rwb::project::AssetBrowser</name>
    <message>
        <source>Filter by file name</source>
        <translation>Filter by file name</translation>
    </message>
    <message>
        <source>Show assets as a list</source>
        <translation>Show assets as a list</translation>
    </message>
    <message>
        <source>Show assets as thumbnails</source>
        <translation>Show assets as thumbnails</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>All splits</translation>
    </message>
    <message>
        <source>Sort: order added</source>
        <translation>Sort: order added</translation>
    </message>
    <message>
        <source>Sort: name</source>
        <translation>Sort: name</translation>
    </message>
    <message>
        <source>Sort: status</source>
        <translation>Sort: status</translation>
    </message>
    <message>
        <source>Sort: last modified</source>
        <translation>Sort: last modified</translation>
    </message>
    <message>
        <source>Kind of asset</source>
        <translation>Kind of asset</translation>
    </message>
    <message>
        <source>Labeling status</source>
        <translation>Labeling status</translation>
    </message>
    <message>
        <source>Assets with at least one annotation of this label class</source>
        <translation>Assets with at least one annotation of this label class</translation>
    </message>
    <message>
        <source>Dataset split</source>
        <translation>Dataset split</translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation>Reverse the order</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>No asset matches the filter.</source>
        <translation>No asset matches the filter.</translation>
    </message>
    <message>
        <source>No assets yet.
Use File ▸ Import Files… to add images, signals or documents.</source>
        <translation>No assets yet.
Use File ▸ Import Files… to add images, signals or documents.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n asset</numerusform>
            <numerusform>%n assets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 assets</source>
        <translation>%1 of %2 assets</translation>
    </message>
</context>
<context>
    <name>rwb::project::AssetListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>rwb::project::AssetOverview</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>rwb::project::AssetOverviewWidget</name>
    <message>
        <source>Path:</source>
        <translation>Path:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Media type:</source>
        <translation>Media type:</translation>
    </message>
    <message>
        <source>File size:</source>
        <translation>File size:</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>Dimensions:</translation>
    </message>
    <message>
        <source>Bit depth:</source>
        <translation>Bit depth:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Samples:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Split:</translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation>Annotations:</translation>
    </message>
    <message>
        <source>Label classes:</source>
        <translation>Label classes:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Added:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modified:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>No asset is open.</source>
        <translation>No asset is open.</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message numerus="yes">
        <source>%n bit(s)</source>
        <translation>
            <numerusform>%n bit</numerusform>
            <numerusform>%n bits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>class %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no class: %1</source>
        <translation>no class: %1</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Loading preview…</translation>
    </message>
    <message>
        <source>Cannot show the image: %1</source>
        <translation>Cannot show the image: %1</translation>
    </message>
</context>
<context>
    <name>rwb::project::AssetStore</name>
    <message>
        <source>Asset %1 does not exist</source>
        <translation>Asset %1 does not exist</translation>
    </message>
</context>
<context>
    <name>rwb::project::Commands</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Add attribute %1</source>
        <translation>Add attribute %1</translation>
    </message>
    <message>
        <source>Add label class %1</source>
        <translation>Add label class %1</translation>
    </message>
    <message>
        <source>Add relation %1</source>
        <translation>Add relation %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Set status to %1</translation>
    </message>
    <message>
        <source>Edit asset</source>
        <translation>Edit asset</translation>
    </message>
    <message>
        <source>Edit attribute %1</source>
        <translation>Edit attribute %1</translation>
    </message>
    <message>
        <source>Edit label class %1</source>
        <translation>Edit label class %1</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>Delete attribute</translation>
    </message>
    <message>
        <source>attribute %1 does not exist</source>
        <translation>attribute %1 does not exist</translation>
    </message>
    <message>
        <source>Delete label class</source>
        <translation>Delete label class</translation>
    </message>
    <message>
        <source>label class %1 does not exist</source>
        <translation>label class %1 does not exist</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>Delete relation</translation>
    </message>
</context>
<context>
    <name>rwb::project::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>the disk is full (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>the file is damaged (%1)</translation>
    </message>
    <message>
        <source>%1: %2 [%3]</source>
        <translation>%1: %2 [%3]</translation>
    </message>
</context>
<context>
    <name>rwb::project::ImportJob</name>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>read error: %1</translation>
    </message>
    <message>
        <source>no file matches this pattern</source>
        <translation>no file matches this pattern</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Looking for files…</translation>
    </message>
    <message>
        <source>unknown file type &quot;%1&quot;</source>
        <translation>unknown file type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rwb::project::JobItemWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop this job; what it has finished stays in the project.</source>
        <translation>Stop this job; what it has finished stays in the project.</translation>
    </message>
    <message>
        <source>Show the files this job could not process</source>
        <translation>Show the files this job could not process</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Waiting…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)…</source>
        <translation>
            <numerusform>%n error…</numerusform>
            <numerusform>%n errors…</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors of &quot;%1&quot;</source>
        <translation>Errors of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>rwb::project::JobPanel</name>
    <message>
        <source>No jobs. Imports and other long work show their progress here.</source>
        <translation>No jobs. Imports and other long work show their progress here.</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Clear finished</translation>
    </message>
</context>
<context>
    <name>rwb::project::LabelAttribute</name>
    <message>
        <source>attribute &quot;%1&quot; is required</source>
        <translation>attribute &quot;%1&quot; is required</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; must be true or false</source>
        <translation>attribute &quot;%1&quot; must be true or false</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; must be a whole number</source>
        <translation>attribute &quot;%1&quot; must be a whole number</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; must be a number</source>
        <translation>attribute &quot;%1&quot; must be a number</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; must be one of: %2</source>
        <translation>attribute &quot;%1&quot; must be one of: %2</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; must be text</source>
        <translation>attribute &quot;%1&quot; must be text</translation>
    </message>
</context>
<context>
    <name>rwb::project::LabelClassModel</name>
    <message>
        <source>Label class</source>
        <translation>Label class</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>rwb::project::LabelPalette</name>
    <message>
        <source>Filter label classes</source>
        <translation>Filter label classes</translation>
    </message>
    <message>
        <source>This project has no label classes yet.</source>
        <translation>This project has no label classes yet.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
</context>
<context>
    <name>rwb::project::LabelSchema</name>
    <message>
        <source>a label class needs a name</source>
        <translation>a label class needs a name</translation>
    </message>
    <message>
        <source>label class name &quot;%1&quot; may only hold letters, digits, spaces, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>label class name &quot;%1&quot; may only hold letters, digits, spaces, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (use #rrggbb)</source>
        <translation>&quot;%1&quot; is not a colour (use #rrggbb)</translation>
    </message>
    <message>
        <source>label class &quot;%1&quot; cannot be its own parent</source>
        <translation>label class &quot;%1&quot; cannot be its own parent</translation>
    </message>
    <message>
        <source>unknown shape &quot;%1&quot; (known: %2)</source>
        <translation>unknown shape &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>an attribute needs a name</source>
        <translation>an attribute needs a name</translation>
    </message>
    <message>
        <source>enum attribute &quot;%1&quot; needs at least one option</source>
        <translation>enum attribute &quot;%1&quot; needs at least one option</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; lists an option twice</source>
        <translation>attribute &quot;%1&quot; lists an option twice</translation>
    </message>
    <message>
        <source>default value: %1</source>
        <translation>default value: %1</translation>
    </message>
    <message>
        <source>a label class named &quot;%1&quot; already exists</source>
        <translation>a label class named &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <source>parent class %1 does not exist</source>
        <translation>parent class %1 does not exist</translation>
    </message>
    <message>
        <source>label class %1 does not exist</source>
        <translation>label class %1 does not exist</translation>
    </message>
    <message>
        <source>label class &quot;%1&quot; cannot be placed below its own descendant</source>
        <translation>label class &quot;%1&quot; cannot be placed below its own descendant</translation>
    </message>
    <message>
        <source>label class &quot;%1&quot; is used by %2 annotation(s); change or delete them first</source>
        <translation>label class &quot;%1&quot; is used by %2 annotation(s); change or delete them first</translation>
    </message>
    <message>
        <source>label class &quot;%1&quot; has subclasses; move or delete them first</source>
        <translation>label class &quot;%1&quot; has subclasses; move or delete them first</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; already exists</source>
        <translation>attribute &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <source>attribute %1 does not exist</source>
        <translation>attribute %1 does not exist</translation>
    </message>
    <message>
        <source>not a label schema: the &quot;classes&quot; list is missing</source>
        <translation>not a label schema: the &quot;classes&quot; list is missing</translation>
    </message>
    <message>
        <source>class %1 in the schema has no name</source>
        <translation>class %1 in the schema has no name</translation>
    </message>
    <message>
        <source>class &quot;%1&quot; names an unknown parent &quot;%2&quot;</source>
        <translation>class &quot;%1&quot; names an unknown parent &quot;%2&quot;</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; names an unknown class &quot;%2&quot;</source>
        <translation>attribute &quot;%1&quot; names an unknown class &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>rwb::project::Migrator</name>
    <message>
        <source>Missing migration %1</source>
        <translation>Missing migration %1</translation>
    </message>
</context>
<context>
    <name>rwb::project::Project</name>
    <message>
        <source>%1 already exists; choose another name or open it.</source>
        <translation>%1 already exists; choose another name or open it.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation>%1 is a folder, not a project file.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Resonance Workbench project.</source>
        <translation>%1 is an SQLite database of another program, not a Resonance Workbench project.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Resonance Workbench (%2 schema %3; this version reads up to %4). It was not modified; update Resonance Workbench to open it.</source>
        <translation>%1 was written by a newer Resonance Workbench (%2 schema %3; this version reads up to %4). It was not modified; update Resonance Workbench to open it.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only. A project writes its journal next to the file; copy it to a writable folder to work on it.</source>
        <translation>%1: the folder %2 is read-only. A project writes its journal next to the file; copy it to a writable folder to work on it.</translation>
    </message>
    <message>
        <source>%1 is read-only. Make the file writable or copy it to open it.</source>
        <translation>%1 is read-only. Make the file writable or copy it to open it.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Resonance Workbench project (it is not an SQLite database).</source>
        <translation>%1 is not a Resonance Workbench project (it is not an SQLite database).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). The file was not changed; restore it from a backup.</source>
        <translation>%1 is damaged and cannot be opened (%2). The file was not changed; restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>rwb::project::RelationStore</name>
    <message>
        <source>a relation needs a type</source>
        <translation>a relation needs a type</translation>
    </message>
    <message>
        <source>a relation cannot link an annotation to itself</source>
        <translation>a relation cannot link an annotation to itself</translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation>annotation %1 does not exist</translation>
    </message>
    <message>
        <source>relation %1 does not exist</source>
        <translation>relation %1 does not exist</translation>
    </message>
</context>
<context>
    <name>rwb::project::WelcomePage</name>
    <message>
        <source>Resonance Workbench</source>
        <translation>Resonance Workbench</translation>
    </message>
    <message>
        <source>Label industrial images, time series and documents, and turn them into datasets and mechanism knowledge — entirely offline.</source>
        <translation>Label industrial images, time series and documents, and turn them into datasets and mechanism knowledge — entirely offline.</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <source>No recent projects.</source>
        <translation>No recent projects.</translation>
    </message>
    <message>
        <source>%1 (missing)
%2</source>
        <translation>%1 (missing)
%2</translation>
    </message>
</context>
<context>
    <name>rwb::sample::SampleProject</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 already exists</translation>
    </message>
    <message>
        <source>time series</source>
        <translation>time series</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>Hot strip mill — sample</source>
        <translation>Hot strip mill — sample</translation>
    </message>
    <message>
        <source>The sample files could not be imported: %1</source>
        <translation>The sample files could not be imported: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalProbe</name>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>binary data, not a delimited text file</source>
        <translation>binary data, not a delimited text file</translation>
    </message>
    <message>
        <source>only one line: no data rows</source>
        <translation>only one line: no data rows</translation>
    </message>
    <message>
        <source>not a WAV file (no RIFF/WAVE header)</source>
        <translation>not a WAV file (no RIFF/WAVE header)</translation>
    </message>
    <message>
        <source>damaged WAV file: no format or data chunk</source>
        <translation>damaged WAV file: no format or data chunk</translation>
    </message>
</context>
<context>
    <name>rwb::widgets::ElidedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
</context>
</TS>
