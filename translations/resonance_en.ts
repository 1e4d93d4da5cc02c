<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resonance-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs exactly one project path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created project &quot;%1&quot; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs a project and at least one file, folder or pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 file(s); %2 duplicate(s) skipped; %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  duplicate: %1 (same content as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another file of this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; %1 file(s) were imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info needs a project path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:             %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets:         %1 (images %2, time series %3, documents %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label classes:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV %1, DNN backends: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels needs a project and an action (list, add, edit, remove, attr-add, attr-edit, attr-remove, export, import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label class named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown asset kind &quot;%1&quot; (image, timeseries, document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown attribute type &quot;%1&quot; (bool, int, float, enum, text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default value &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* %1 (%2%3) on every class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels export needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the label schema to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels import needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label schema imported: %1 class(es) added, %2 updated; %3 attribute(s) added, %4 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels %1 needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added label class &quot;%1&quot; (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed label class &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated label class &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attr-add needs --type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added attribute &quot;%1&quot; (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attribute named &quot;%1&quot; here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed attribute &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated attribute &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown labels action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list needs a project path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (image, timeseries, document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (todo, in_progress, done, needs_review, accepted, rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown split &quot;%1&quot; (none, train, val, test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset and --limit take whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ch x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats needs a project path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets: %1 (%2 without annotations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets by kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets by status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets by split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations by class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations by state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations by source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check needs a project path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample project created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::document::DocumentProbe</name>
    <message>
        <source>not a readable PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data, not a text file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::exchange::LabelSchemaFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: invalid JSON (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::image::ImageProbe</name>
    <message>
        <source>not a readable image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::project</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::project::AnnotationStore</name>
    <message>
        <source>an annotation needs a kind (box, polygon, range, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::project::AssetListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::project::AssetOverview</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::project::AssetOverviewWidget</name>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bit depth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::project::AssetStore</name>
    <message>
        <source>Asset %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::project::Commands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add label class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add relation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit label class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete label class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label class %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::project::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 [%3]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::project::ImportJob</name>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file matches this pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown file type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rwb::project::LabelAttribute</name>
    <message>
        <source>attribute &quot;%1&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::project::LabelClassModel</name>
    <message>
        <source>Label class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::project::LabelSchema</name>
    <message>
        <source>a label class needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label class name &quot;%1&quot; may only hold letters, digits, spaces, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (use #rrggbb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label class &quot;%1&quot; cannot be its own parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown shape &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enum attribute &quot;%1&quot; needs at least one option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; lists an option twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label class named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent class %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label class %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label class &quot;%1&quot; cannot be placed below its own descendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label class &quot;%1&quot; is used by %2 annotation(s); change or delete them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label class &quot;%1&quot; has subclasses; move or delete them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a label schema: the &quot;classes&quot; list is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1 in the schema has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class &quot;%1&quot; names an unknown parent &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; names an unknown class &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::project::Migrator</name>
    <message>
        <source>Missing migration %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::project::Project</name>
    <message>
        <source>%1 already exists; choose another name or open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Resonance Workbench project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Resonance Workbench (%2 schema %3; this version reads up to %4). It was not modified; update Resonance Workbench to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only. A project writes its journal next to the file; copy it to a writable folder to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. Make the file writable or copy it to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Resonance Workbench project (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). The file was not changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::project::RelationStore</name>
    <message>
        <source>a relation needs a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relation cannot link an annotation to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::sample::SampleProject</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot strip mill — sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample files could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalProbe</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data, not a delimited text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one line: no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a WAV file (no RIFF/WAVE header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged WAV file: no format or data chunk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rwb::widgets::ElidedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
