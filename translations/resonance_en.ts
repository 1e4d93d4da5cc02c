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
    <message>
        <source>&amp;Label Schema…</source>
        <translation>&amp;Label Schema…</translation>
    </message>
    <message>
        <source>Edit the label classes and their attributes</source>
        <translation>Edit the label classes and their attributes</translation>
    </message>
    <message>
        <source>Import Label Schema…</source>
        <translation>Import Label Schema…</translation>
    </message>
    <message>
        <source>Merge label classes and attributes from a JSON file</source>
        <translation>Merge label classes and attributes from a JSON file</translation>
    </message>
    <message>
        <source>Export Label Schema…</source>
        <translation>Export Label Schema…</translation>
    </message>
    <message>
        <source>Save the label classes and attributes as a JSON file</source>
        <translation>Save the label classes and attributes as a JSON file</translation>
    </message>
    <message>
        <source>Import Label Schema</source>
        <translation>Import Label Schema</translation>
    </message>
    <message>
        <source>Label schema (*.json);;All files (*)</source>
        <translation>Label schema (*.json);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) added</source>
        <translation>
            <numerusform>%n class added</numerusform>
            <numerusform>%n classes added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) added</source>
        <translation>
            <numerusform>%n attribute added</numerusform>
            <numerusform>%n attributes added</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Import Label Schema</source>
        <translation>Cannot Import Label Schema</translation>
    </message>
    <message>
        <source>Export Label Schema</source>
        <translation>Export Label Schema</translation>
    </message>
    <message>
        <source>Label schema (*.json)</source>
        <translation>Label schema (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Cannot Export Label Schema</source>
        <translation>Cannot Export Label Schema</translation>
    </message>
    <message>
        <source>Every asset is labeled: none is left to do or in progress.</source>
        <translation>Every asset is labeled: none is left to do or in progress.</translation>
    </message>
    <message>
        <source>No other asset is waiting for review.</source>
        <translation>No other asset is waiting for review.</translation>
    </message>
    <message>
        <source>Folder the Missing Files Are In Now</source>
        <translation>Folder the Missing Files Are In Now</translation>
    </message>
    <message>
        <source>Relocate Missing Files</source>
        <translation>Relocate Missing Files</translation>
    </message>
    <message>
        <source>Next &amp;Unfinished</source>
        <translation>Next &amp;Unfinished</translation>
    </message>
    <message>
        <source>Open the next asset still to do or in progress</source>
        <translation>Open the next asset still to do or in progress</translation>
    </message>
    <message>
        <source>Next Needing &amp;Review</source>
        <translation>Next Needing &amp;Review</translation>
    </message>
    <message>
        <source>Open the next asset waiting for review</source>
        <translation>Open the next asset waiting for review</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Accept the open asset&apos;s labels as reviewer, with the comment typed</source>
        <translation>Accept the open asset&apos;s labels as reviewer, with the comment typed</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>Reject the open asset&apos;s labels as reviewer, with the comment typed</source>
        <translation>Reject the open asset&apos;s labels as reviewer, with the comment typed</translation>
    </message>
    <message>
        <source>Re&amp;locate Missing Files…</source>
        <translation>Re&amp;locate Missing Files…</translation>
    </message>
    <message>
        <source>Find moved files in a folder and point the project at them</source>
        <translation>Find moved files in a folder and point the project at them</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>&amp;Knowledge Graph</source>
        <translation>&amp;Knowledge Graph</translation>
    </message>
    <message>
        <source>Edit the project&apos;s mechanism graph with its evidence</source>
        <translation>Edit the project&apos;s mechanism graph with its evidence</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>&amp;Evaluation</translation>
    </message>
    <message>
        <source>Evaluate a model run, diagnose the dataset and plan targeted labeling</source>
        <translation>Evaluate a model run, diagnose the dataset and plan targeted labeling</translation>
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
    <message>
        <source>%1 is used by: %2</source>
        <translation>%1 is used by: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Resolve the key conflicts first</source>
        <translation>Resolve the key conflicts first</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>All Defaults</source>
        <translation>All Defaults</translation>
    </message>
</context>
<context>
    <name>rwb::app::main</name>
    <message>
        <source>Resonance Workbench: offline labeling of industrial data.</source>
        <translation>Resonance Workbench: offline labeling of industrial data.</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en (default: as in Preferences).</source>
        <translation>User interface language: zh_CN or en (default: as in Preferences).</translation>
    </message>
    <message>
        <source>Render the main window to the PNG &lt;file&gt; once it has settled, then quit.</source>
        <translation>Render the main window to the PNG &lt;file&gt; once it has settled, then quit.</translation>
    </message>
    <message>
        <source>Open the asset with this id after the project (screenshots, bug reports).</source>
        <translation>Open the asset with this id after the project (screenshots, bug reports).</translation>
    </message>
    <message>
        <source>Project file (*.rwb) to open.</source>
        <translation>Project file (*.rwb) to open.</translation>
    </message>
    <message>
        <source>resonance: unknown language &apos;%1&apos; (use %2)</source>
        <translation>resonance: unknown language &apos;%1&apos; (use %2)</translation>
    </message>
    <message>
        <source>resonance: give at most one project file</source>
        <translation>resonance: give at most one project file</translation>
    </message>
    <message>
        <source>Zoom the open image to this percentage, centred, or a signal by this percentage about its first label (screenshots).</source>
        <translation>Zoom the open image to this percentage, centred, or a signal by this percentage about its first label (screenshots).</translation>
    </message>
    <message>
        <source>Show the knowledge graph after the project, with the root-cause chains of the node with this key (screenshots).</source>
        <translation>Show the knowledge graph after the project, with the root-cause chains of the node with this key (screenshots).</translation>
    </message>
    <message>
        <source>Show this page (1-based) of the open PDF document (screenshots).</source>
        <translation>Show this page (1-based) of the open PDF document (screenshots).</translation>
    </message>
    <message>
        <source>Show the evaluation dashboard after the project and evaluate this model run (screenshots).</source>
        <translation>Show the evaluation dashboard after the project and evaluate this model run (screenshots).</translation>
    </message>
    <message>
        <source>Dashboard tab to show with --evaluation, from 0 (screenshots).</source>
        <translation>Dashboard tab to show with --evaluation, from 0 (screenshots).</translation>
    </message>
</context>
<context>
    <name>rwb::assist::DnnBackends</name>
    <message>
        <source>This OpenCV build (%1) has no backend &quot;%2&quot; (it offers %3); running on the CPU.</source>
        <translation>This OpenCV build (%1) has no backend &quot;%2&quot; (it offers %3); running on the CPU.</translation>
    </message>
</context>
<context>
    <name>rwb::assist::ModelManifest</name>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1: the file does not exist</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation>%1: not a JSON object (%2 at offset %3)</translation>
    </message>
    <message>
        <source>not a model manifest (&quot;format&quot; must be &quot;rwb-model&quot;)</source>
        <translation>not a model manifest (&quot;format&quot; must be &quot;rwb-model&quot;)</translation>
    </message>
    <message>
        <source>manifest version %1 is not supported (expected 1)</source>
        <translation>manifest version %1 is not supported (expected 1)</translation>
    </message>
    <message>
        <source>the manifest has no &quot;id&quot;</source>
        <translation>the manifest has no &quot;id&quot;</translation>
    </message>
    <message>
        <source>the manifest names no &quot;model&quot; file</source>
        <translation>the manifest names no &quot;model&quot; file</translation>
    </message>
    <message>
        <source>the model file %1 does not exist</source>
        <translation>the model file %1 does not exist</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot; (expected one of %2)</source>
        <translation>unknown task &quot;%1&quot; (expected one of %2)</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot; (expected one of %2)</source>
        <translation>unknown layout &quot;%1&quot; (expected one of %2)</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; and layout &quot;%2&quot; do not go together</source>
        <translation>task &quot;%1&quot; and layout &quot;%2&quot; do not go together</translation>
    </message>
    <message>
        <source>layout &quot;yolov10&quot; has no masks; segmentation needs &quot;yolov8&quot; or &quot;yolov5&quot;</source>
        <translation>layout &quot;yolov10&quot; has no masks; segmentation needs &quot;yolov8&quot; or &quot;yolov5&quot;</translation>
    </message>
    <message>
        <source>&quot;input&quot;: &quot;length&quot; must be at least 8</source>
        <translation>&quot;input&quot;: &quot;length&quot; must be at least 8</translation>
    </message>
    <message>
        <source>&quot;input&quot;: width and height must be between 8 and 8192 (got %1 × %2)</source>
        <translation>&quot;input&quot;: width and height must be between 8 and 8192 (got %1 × %2)</translation>
    </message>
    <message>
        <source>&quot;input&quot;: channels must be 1 or 3</source>
        <translation>&quot;input&quot;: channels must be 1 or 3</translation>
    </message>
    <message>
        <source>&quot;input&quot;: channel_order must be &quot;rgb&quot; or &quot;bgr&quot;</source>
        <translation>&quot;input&quot;: channel_order must be &quot;rgb&quot; or &quot;bgr&quot;</translation>
    </message>
    <message>
        <source>&quot;input&quot;: std must be positive</source>
        <translation>&quot;input&quot;: std must be positive</translation>
    </message>
    <message>
        <source>the manifest lists no &quot;classes&quot;</source>
        <translation>the manifest lists no &quot;classes&quot;</translation>
    </message>
    <message>
        <source>&quot;label_map&quot; names &quot;%1&quot;, which is not one of the model&apos;s classes</source>
        <translation>&quot;label_map&quot; names &quot;%1&quot;, which is not one of the model&apos;s classes</translation>
    </message>
    <message>
        <source>confidence and NMS thresholds must lie in [0, 1]</source>
        <translation>confidence and NMS thresholds must lie in [0, 1]</translation>
    </message>
    <message>
        <source>&quot;tiling&quot;: the overlap must be less than half the tile</source>
        <translation>&quot;tiling&quot;: the overlap must be less than half the tile</translation>
    </message>
</context>
<context>
    <name>rwb::assist::ModelRunner</name>
    <message>
        <source>%1: OpenCV %2 cannot load the model (ONNX opset %3): %4</source>
        <translation>%1: OpenCV %2 cannot load the model (ONNX opset %3): %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1: OpenCV %2 read no network from the file</source>
        <translation>%1: OpenCV %2 read no network from the file</translation>
    </message>
    <message>
        <source>%1: the model does not run with a %2 × %3 input in OpenCV %4: %5</source>
        <translation>%1: the model does not run with a %2 × %3 input in OpenCV %4: %5</translation>
    </message>
    <message>
        <source>%1 failed (%2); running on the CPU.</source>
        <translation>%1 failed (%2); running on the CPU.</translation>
    </message>
    <message>
        <source>%1: the model does not run in OpenCV %2: %3</source>
        <translation>%1: the model does not run in OpenCV %2: %3</translation>
    </message>
    <message>
        <source>%1: the outputs %2 fit no known layout; write a manifest (%3.json) that says what the model gives</source>
        <translation>%1: the outputs %2 fit no known layout; write a manifest (%3.json) that says what the model gives</translation>
    </message>
    <message numerus="yes">
        <source>No manifest: read as %1 with %n class(es) from the output shape.</source>
        <translation>
            <numerusform>No manifest: read as %1 with %n class from the output shape.</numerusform>
            <numerusform>No manifest: read as %1 with %n classes from the output shape.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not match its model %2: %3</source>
        <translation>%1 does not match its model %2: %3</translation>
    </message>
    <message>
        <source>The manifest</source>
        <translation>The manifest</translation>
    </message>
</context>
<context>
    <name>rwb::assist::ModelValidator</name>
    <message>
        <source>the model has no outputs</source>
        <translation>the model has no outputs</translation>
    </message>
    <message>
        <source>the model gives %1 but the manifest&apos;s %2 classes need [1, %2]</source>
        <translation>the model gives %1 but the manifest&apos;s %2 classes need [1, %2]</translation>
    </message>
    <message>
        <source>the model gives %1 but the manifest&apos;s input length %2 needs [1, 1, 1, %2]</source>
        <translation>the model gives %1 but the manifest&apos;s input length %2 needs [1, 1, 1, %2]</translation>
    </message>
    <message>
        <source>the model gives %1 but layout &quot;%2&quot; needs a 3-D output</source>
        <translation>the model gives %1 but layout &quot;%2&quot; needs a 3-D output</translation>
    </message>
    <message>
        <source>the model gives %1 but a segmentation model needs a second output with mask prototypes [1, nm, h, w]</source>
        <translation>the model gives %1 but a segmentation model needs a second output with mask prototypes [1, nm, h, w]</translation>
    </message>
    <message>
        <source>the model gives %1 but the manifest&apos;s %2 classes need [1, %3, N] for layout &quot;yolov8&quot;%4</source>
        <translation>the model gives %1 but the manifest&apos;s %2 classes need [1, %3, N] for layout &quot;yolov8&quot;%4</translation>
    </message>
    <message>
        <source> with an angle</source>
        <translation> with an angle</translation>
    </message>
    <message>
        <source> with %1 mask coefficients</source>
        <translation> with %1 mask coefficients</translation>
    </message>
    <message>
        <source>the model gives %1 but the manifest&apos;s %2 classes need [1, N, %3] for layout &quot;yolov5&quot;</source>
        <translation>the model gives %1 but the manifest&apos;s %2 classes need [1, N, %3] for layout &quot;yolov5&quot;</translation>
    </message>
    <message>
        <source>the model gives %1 but layout &quot;yolov10&quot; needs [1, K, %2]</source>
        <translation>the model gives %1 but layout &quot;yolov10&quot; needs [1, K, %2]</translation>
    </message>
</context>
<context>
    <name>rwb::assist::PreannotateJob</name>
    <message>
        <source>Pre-annotating with a model</source>
        <translation>Pre-annotating with a model</translation>
    </message>
    <message>
        <source>%1 is a time-series model; pre-annotation of images needs a detect, segment, obb or classify model</source>
        <translation>%1 is a time-series model; pre-annotation of images needs a detect, segment, obb or classify model</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Loading %1</translation>
    </message>
    <message>
        <source>OpenCV cannot read the image (unknown format, damaged, or too large for memory)</source>
        <translation>OpenCV cannot read the image (unknown format, damaged, or too large for memory)</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <source>not enough memory for the image</source>
        <translation>not enough memory for the image</translation>
    </message>
    <message>
        <source>%1 of %2 images, %3 proposals</source>
        <translation>%1 of %2 images, %3 proposals</translation>
    </message>
</context>
<context>
    <name>rwb::assist::ProposalReview</name>
    <message numerus="yes">
        <source>Accept %n proposal(s)</source>
        <translation>
            <numerusform>Accept %n proposal</numerusform>
            <numerusform>Accept %n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n proposal(s)</source>
        <translation>
            <numerusform>Reject %n proposal</numerusform>
            <numerusform>Reject %n proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept proposals with confidence ≥ %1</source>
        <translation>Accept proposals with confidence ≥ %1</translation>
    </message>
    <message>
        <source>Accept the remaining proposals</source>
        <translation>Accept the remaining proposals</translation>
    </message>
    <message>
        <source>The image is no longer in the project.</source>
        <translation>The image is no longer in the project.</translation>
    </message>
    <message>
        <source>%1: OpenCV cannot read the image</source>
        <translation>%1: OpenCV cannot read the image</translation>
    </message>
    <message>
        <source>%1: the file is missing</source>
        <translation>%1: the file is missing</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Run %1</translation>
    </message>
</context>
<context>
    <name>rwb::cli::Cli</name>
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
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>Imported %n file.</numerusform>
            <numerusform>Imported %n files.</numerusform>
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
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled; %n file(s) were imported before.</source>
        <translation>
            <numerusform>Import cancelled; %n file was imported before.</numerusform>
            <numerusform>Import cancelled; %n files were imported before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label schema imported: %n class(es) added, %1 updated;</source>
        <translation>
            <numerusform>Label schema imported: %n class added, %1 updated;</numerusform>
            <numerusform>Label schema imported: %n classes added, %1 updated;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) added, %1 updated.</source>
        <translation>
            <numerusform>%n attribute added, %1 updated.</numerusform>
            <numerusform>%n attributes added, %1 updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>relocate needs a project path and a folder</source>
        <translation>relocate needs a project path and a folder</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <source>align needs a project, the group file to write and at least one signal file</source>
        <translation>align needs a project, the group file to write and at least one signal file</translation>
    </message>
    <message>
        <source>the group file must end in .%1</source>
        <translation>the group file must end in .%1</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>--%1 %2: name one of the files, as FILE=VALUE</source>
        <translation>--%1 %2: name one of the files, as FILE=VALUE</translation>
    </message>
    <message>
        <source>--%1 %2: not a valid value</source>
        <translation>--%1 %2: not a valid value</translation>
    </message>
    <message>
        <source>--reference must name one of the files</source>
        <translation>--reference must name one of the files</translation>
    </message>
    <message>
        <source>--grid is reference or union</source>
        <translation>--grid is reference or union</translation>
    </message>
    <message>
        <source>--fill is hold or linear</source>
        <translation>--fill is hold or linear</translation>
    </message>
    <message>
        <source>--span is all or overlap</source>
        <translation>--span is all or overlap</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name</source>
        <translation>%1 exists already; choose another name</translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 failed, 2 wrong arguments, 3 project refused (missing, not a project,
damaged, newer version, read-only), 4 partly done (some inputs failed), 5 not found, 130 cancelled.
</source>
        <translation>
Exit codes: 0 ok, 1 failed, 2 wrong arguments, 3 project refused (missing, not a project,
damaged, newer version, read-only), 4 partly done (some inputs failed), 5 not found, 130 cancelled.
</translation>
    </message>
    <message>
        <source>Usage: resonance-cli [--json] [--user NAME] [--lang en|zh_CN] COMMAND ARGS...

Commands:
  init PROJECT.rwb [--name NAME]        create a project
  import PROJECT.rwb INPUT...           import files, folders or globs (duplicates skipped)
  align PROJECT.rwb GROUP.rwbsig FILE... [--reference FILE] [--grid reference|union]
                          [--fill hold|linear] [--span all|overlap] [--start FILE=TIME,...]
                          [--offset FILE=SECONDS,...] [--rate FILE=HZ,...]
                          several signal files as one asset on one time axis
  info PROJECT.rwb                      project facts, counts, OpenCV DNN backends
  labels PROJECT.rwb list               list label classes and attributes
  labels PROJECT.rwb add NAME [--title-en T] [--title-zh T] [--color #rrggbb] [--shortcut K]
                          [--parent CLASS] [--kinds image,timeseries,document] [--shapes box,polygon,...]
                          [--no-overlap | --overlap]  (may ranges/spans of the class overlap)
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
  relocate PROJECT.rwb FOLDER           point missing files at copies (same SHA-256) under FOLDER
  sample DIR                            create the sample project in DIR
</source>
        <translation>Usage: resonance-cli [--json] [--user NAME] [--lang en|zh_CN] COMMAND ARGS...

Commands:
  init PROJECT.rwb [--name NAME]        create a project
  import PROJECT.rwb INPUT...           import files, folders or globs (duplicates skipped)
  align PROJECT.rwb GROUP.rwbsig FILE... [--reference FILE] [--grid reference|union]
                          [--fill hold|linear] [--span all|overlap] [--start FILE=TIME,...]
                          [--offset FILE=SECONDS,...] [--rate FILE=HZ,...]
                          several signal files as one asset on one time axis
  info PROJECT.rwb                      project facts, counts, OpenCV DNN backends
  labels PROJECT.rwb list               list label classes and attributes
  labels PROJECT.rwb add NAME [--title-en T] [--title-zh T] [--color #rrggbb] [--shortcut K]
                          [--parent CLASS] [--kinds image,timeseries,document] [--shapes box,polygon,...]
                          [--no-overlap | --overlap]  (may ranges/spans of the class overlap)
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
  relocate PROJECT.rwb FOLDER           point missing files at copies (same SHA-256) under FOLDER
  sample DIR                            create the sample project in DIR
</translation>
    </message>
</context>
<context>
    <name>rwb::cli::DocumentCommands</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <source>no document asset %1 in %2</source>
        <translation>no document asset %1 in %2</translation>
    </message>
    <message>
        <source>Document commands:
  doc export PROJECT.rwb --format jsonl|conll|brat OUT [--asset ID]
                          spans and relations of the documents (brat: OUT is a folder)
  doc import PROJECT.rwb --format jsonl|conll|brat IN [--asset ID]
                          onto the documents of the same name (or ID); each all or nothing
  doc ocr PROJECT.rwb [--asset ID]         recognize PDF pages without text (chi_sim+eng)
  doc preannotate PROJECT.rwb [--terms FILE]
                          propose spans for every label and alias of the knowledge graph and
                          the terms of FILE (one a line: TERM or TERM&lt;TAB&gt;CLASS; # comments)
</source>
        <translation>Document commands:
  doc export PROJECT.rwb --format jsonl|conll|brat OUT [--asset ID]
                          spans and relations of the documents (brat: OUT is a folder)
  doc import PROJECT.rwb --format jsonl|conll|brat IN [--asset ID]
                          onto the documents of the same name (or ID); each all or nothing
  doc ocr PROJECT.rwb [--asset ID]         recognize PDF pages without text (chi_sim+eng)
  doc preannotate PROJECT.rwb [--terms FILE]
                          propose spans for every label and alias of the knowledge graph and
                          the terms of FILE (one a line: TERM or TERM&lt;TAB&gt;CLASS; # comments)
</translation>
    </message>
    <message>
        <source>resonance-cli doc: %1</source>
        <translation>resonance-cli doc: %1</translation>
    </message>
    <message>
        <source>doc needs an action and a project</source>
        <translation>doc needs an action and a project</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unknown action &quot;%1&quot;</translation>
    </message>
    <message>
        <source>export needs --format jsonl, conll or brat</source>
        <translation>export needs --format jsonl, conll or brat</translation>
    </message>
    <message>
        <source>export needs one output file (brat: a folder)</source>
        <translation>export needs one output file (brat: a folder)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the folder cannot be made</source>
        <translation>%1: the folder cannot be made</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n document(s)</source>
        <translation>
            <numerusform>Exported %n document</numerusform>
            <numerusform>Exported %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>  failed: %1</source>
        <translation>  failed: %1</translation>
    </message>
    <message>
        <source>import needs --format jsonl, conll or brat</source>
        <translation>import needs --format jsonl, conll or brat</translation>
    </message>
    <message>
        <source>import needs one input file (brat: a folder or an .ann file)</source>
        <translation>import needs one input file (brat: a folder or an .ann file)</translation>
    </message>
    <message>
        <source>%1: no .ann files</source>
        <translation>%1: no .ann files</translation>
    </message>
    <message>
        <source>--asset needs a file with one document; %1 has %2</source>
        <translation>--asset needs a file with one document; %1 has %2</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>%1: no document of this name in the project</source>
        <translation>%1: no document of this name in the project</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s)</source>
        <translation>
            <numerusform>Imported %n document</numerusform>
            <numerusform>Imported %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>OCR %1</source>
        <translation>OCR %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) recognized</source>
        <translation>
            <numerusform>%1: %n page recognized</numerusform>
            <numerusform>%1: %n pages recognized</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR: %n page(s) recognized</source>
        <translation>
            <numerusform>OCR: %n page recognized</numerusform>
            <numerusform>OCR: %n pages recognized</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n PDF(s)</source>
        <translation>
            <numerusform>in %n PDF</numerusform>
            <numerusform>in %n PDFs</numerusform>
        </translation>
    </message>
    <message>
        <source>OCR cancelled; the pages recognized before are kept.</source>
        <translation>OCR cancelled; the pages recognized before are kept.</translation>
    </message>
    <message>
        <source>Pre-annotating</source>
        <translation>Pre-annotating</translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n span(s)</source>
        <translation>
            <numerusform>Proposed %n span</numerusform>
            <numerusform>Proposed %n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n knowledge node(s)</source>
        <translation>
            <numerusform>from %n knowledge node</numerusform>
            <numerusform>from %n knowledge nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n term(s).</source>
        <translation>
            <numerusform>and %n term.</numerusform>
            <numerusform>and %n terms.</numerusform>
        </translation>
    </message>
    <message>
        <source>  failed: %1: %2</source>
        <translation>  failed: %1: %2</translation>
    </message>
</context>
<context>
    <name>rwb::cli::EvaluationCommands</name>
    <message>
        <source>Evaluation commands:
  evaluate PROJECT.rwb --model ID [--iou 0.5] [--score 0.5] [--iou-type bbox|segm] [--save]
                          the run&apos;s proposals against accepted labels (COCO AP, P/R/F1)
  diagnose PROJECT.rwb [--model ID] [--distance 4] [--save]
                          class balance, sizes, duplicates and split leaks, label errors, coverage
  queue PROJECT.rwb --strategy least-confidence|margin|entropy|weakness|diversity
        [--model ID] [--limit 100] [--name NAME] [--assign USER]   store a labeling queue
  agreement PROJECT.rwb USER_A USER_B       F1, Cohen&apos;s kappa, Krippendorff&apos;s alpha
</source>
        <translation>Evaluation commands:
  evaluate PROJECT.rwb --model ID [--iou 0.5] [--score 0.5] [--iou-type bbox|segm] [--save]
                          the run&apos;s proposals against accepted labels (COCO AP, P/R/F1)
  diagnose PROJECT.rwb [--model ID] [--distance 4] [--save]
                          class balance, sizes, duplicates and split leaks, label errors, coverage
  queue PROJECT.rwb --strategy least-confidence|margin|entropy|weakness|diversity
        [--model ID] [--limit 100] [--name NAME] [--assign USER]   store a labeling queue
  agreement PROJECT.rwb USER_A USER_B       F1, Cohen&apos;s kappa, Krippendorff&apos;s alpha
</translation>
    </message>
    <message>
        <source>resonance-cli %1: %2</source>
        <translation>resonance-cli %1: %2</translation>
    </message>
    <message>
        <source>a project is needed</source>
        <translation>a project is needed</translation>
    </message>
    <message>
        <source>--model ID is needed</source>
        <translation>--model ID is needed</translation>
    </message>
    <message>
        <source>--iou must be a number in (0, 1]</source>
        <translation>--iou must be a number in (0, 1]</translation>
    </message>
    <message>
        <source>--score must be a number in [0, 1]</source>
        <translation>--score must be a number in [0, 1]</translation>
    </message>
    <message>
        <source>--iou-type is bbox or segm</source>
        <translation>--iou-type is bbox or segm</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: no annotations of model run &quot;%2&quot; (runs in the project: %3)</source>
        <translation>%1: no annotations of model run &quot;%2&quot; (runs in the project: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1: nothing to evaluate: %2</source>
        <translation>%1: nothing to evaluate: %2</translation>
    </message>
    <message>
        <source>--distance must be a number of bits, 0 to 64</source>
        <translation>--distance must be a number of bits, 0 to 64</translation>
    </message>
    <message>
        <source>unknown strategy &quot;%1&quot;</source>
        <translation>unknown strategy &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit must be a positive number</translation>
    </message>
    <message>
        <source>%1: no user &quot;%2&quot;</source>
        <translation>%1: no user &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the weakness strategy needs --model ID (its AP and recall per class)</source>
        <translation>the weakness strategy needs --model ID (its AP and recall per class)</translation>
    </message>
    <message numerus="yes">
        <source>Queue %1 &quot;%2&quot;: %n asset(s)</source>
        <translation>
            <numerusform>Queue %1 &quot;%2&quot;: %n asset</numerusform>
            <numerusform>Queue %1 &quot;%2&quot;: %n assets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) assigned to %1</source>
        <translation>
            <numerusform>%n asset assigned to %1</numerusform>
            <numerusform>%n assets assigned to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>agreement needs two user names</source>
        <translation>agreement needs two user names</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rwb::cli::ExchangeCommands</name>
    <message>
        <source>
Datasets:
  export PROJECT --format coco|yolo|yolo-segment|yolo-obb|voc|labelme|cvat|masks|package OUT
         [--status accepted,done] [--classes a,b] [--from DATE] [--to DATE] [--images link|copy|none]
         package only: [--name N] [--version N] [--formats coco,yolo] [--split 0.8,0.1,0.1]
         [--seed N] [--group sequence|folder|none] [--resplit] [--licence L] [--purpose TEXT]
  import-dataset PROJECT --format coco|yolo|voc|labelme|cvat IN [--map from=to,…] [--no-new-classes]
  publish PROJECT PACKAGE --to folder:PATH|git:URL
</source>
        <translation>
Datasets:
  export PROJECT --format coco|yolo|yolo-segment|yolo-obb|voc|labelme|cvat|masks|package OUT
         [--status accepted,done] [--classes a,b] [--from DATE] [--to DATE] [--images link|copy|none]
         package only: [--name N] [--version N] [--formats coco,yolo] [--split 0.8,0.1,0.1]
         [--seed N] [--group sequence|folder|none] [--resplit] [--licence L] [--purpose TEXT]
  import-dataset PROJECT --format coco|yolo|voc|labelme|cvat IN [--map from=to,…] [--no-new-classes]
  publish PROJECT PACKAGE --to folder:PATH|git:URL
</translation>
    </message>
    <message>
        <source>resonance-cli: %1</source>
        <translation>resonance-cli: %1</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>unknown status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--images must be link, copy or none</source>
        <translation>--images must be link, copy or none</translation>
    </message>
    <message>
        <source>--split needs three ratios: train,val,test</source>
        <translation>--split needs three ratios: train,val,test</translation>
    </message>
    <message>
        <source>--group must be sequence, folder or none</source>
        <translation>--group must be sequence, folder or none</translation>
    </message>
    <message>
        <source>export needs a project and an output folder</source>
        <translation>export needs a project and an output folder</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Packaging</translation>
    </message>
    <message>
        <source>Package %1 written: %2 assets.</source>
        <translation>Package %1 written: %2 assets.</translation>
    </message>
    <message>
        <source>--format must be one of %1, package</source>
        <translation>--format must be one of %1, package</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Exported %1 images with %2 labels to %3.</source>
        <translation>Exported %1 images with %2 labels to %3.</translation>
    </message>
    <message>
        <source>--map takes from=to pairs separated by commas</source>
        <translation>--map takes from=to pairs separated by commas</translation>
    </message>
    <message>
        <source>--format must be one of %1</source>
        <translation>--format must be one of %1</translation>
    </message>
    <message>
        <source>import-dataset needs a project and a dataset file or folder</source>
        <translation>import-dataset needs a project and a dataset file or folder</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Imported %1 images with %2 labels; %3 failed.</source>
        <translation>Imported %1 images with %2 labels; %3 failed.</translation>
    </message>
    <message>
        <source>New classes: %1</source>
        <translation>New classes: %1</translation>
    </message>
    <message>
        <source>publish needs a project, a package folder and --to folder:PATH or git:URL</source>
        <translation>publish needs a project, a package folder and --to folder:PATH or git:URL</translation>
    </message>
    <message>
        <source>Published %1 version %2 to %3 (%4).</source>
        <translation>Published %1 version %2 to %3 (%4).</translation>
    </message>
</context>
<context>
    <name>rwb::cli::KgCommands</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: cannot be written (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <source>Knowledge graph commands:
  kg query PROJECT.rwb search TEXT [--limit N]      nodes by label or alias (zh/en)
  kg query PROJECT.rwb root-causes NODE [--depth 6]  causal chains back from NODE (key or id)
  kg query PROJECT.rwb impact NODE [--depth 6]       what NODE causes, with distances
  kg query PROJECT.rwb path FROM TO [--directed]     shortest path
  kg query PROJECT.rwb neighbours NODE [--k 1]       nodes within k steps
  kg validate PROJECT.rwb                            the validation report
  kg export PROJECT.rwb FILE [--format ttl|nt|jsonld|graphml|csv] [--base IRI]
                          (csv: FILE is a folder that gets nodes.csv and edges.csv)
  kg import PROJECT.rwb FILE [--edges EDGES.csv] [--format ttl|nt|csv] [--base IRI]
                          [--unknown-types fail|add|skip]  (all or nothing)
</source>
        <translation>Knowledge graph commands:
  kg query PROJECT.rwb search TEXT [--limit N]      nodes by label or alias (zh/en)
  kg query PROJECT.rwb root-causes NODE [--depth 6]  causal chains back from NODE (key or id)
  kg query PROJECT.rwb impact NODE [--depth 6]       what NODE causes, with distances
  kg query PROJECT.rwb path FROM TO [--directed]     shortest path
  kg query PROJECT.rwb neighbours NODE [--k 1]       nodes within k steps
  kg validate PROJECT.rwb                            the validation report
  kg export PROJECT.rwb FILE [--format ttl|nt|jsonld|graphml|csv] [--base IRI]
                          (csv: FILE is a folder that gets nodes.csv and edges.csv)
  kg import PROJECT.rwb FILE [--edges EDGES.csv] [--format ttl|nt|csv] [--base IRI]
                          [--unknown-types fail|add|skip]  (all or nothing)
</translation>
    </message>
    <message>
        <source>resonance-cli kg: %1</source>
        <translation>resonance-cli kg: %1</translation>
    </message>
    <message>
        <source>kg needs an action and a project</source>
        <translation>kg needs an action and a project</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unknown action &quot;%1&quot;</translation>
    </message>
    <message>
        <source>query needs a kind: search, root-causes, impact, path, neighbours</source>
        <translation>query needs a kind: search, root-causes, impact, path, neighbours</translation>
    </message>
    <message>
        <source>no node &quot;%1&quot; in %2</source>
        <translation>no node &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>search needs one text</source>
        <translation>search needs one text</translation>
    </message>
    <message>
        <source>root-causes needs one node</source>
        <translation>root-causes needs one node</translation>
    </message>
    <message>
        <source>(more chains exist; only the first %1 are listed)</source>
        <translation>(more chains exist; only the first %1 are listed)</translation>
    </message>
    <message>
        <source>%1 needs one node</source>
        <translation>%1 needs one node</translation>
    </message>
    <message>
        <source>path needs two nodes</source>
        <translation>path needs two nodes</translation>
    </message>
    <message>
        <source>no path from %1 to %2</source>
        <translation>no path from %1 to %2</translation>
    </message>
    <message>
        <source>unknown query &quot;%1&quot;</source>
        <translation>unknown query &quot;%1&quot;</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>export needs one output file</source>
        <translation>export needs one output file</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (ttl, nt, jsonld, graphml, csv)</source>
        <translation>unknown format &quot;%1&quot; (ttl, nt, jsonld, graphml, csv)</translation>
    </message>
    <message>
        <source>%1: %2 nodes, %3 edges (%4)</source>
        <translation>%1: %2 nodes, %3 edges (%4)</translation>
    </message>
    <message>
        <source>import needs one input file</source>
        <translation>import needs one input file</translation>
    </message>
    <message>
        <source>--unknown-types is fail, add or skip</source>
        <translation>--unknown-types is fail, add or skip</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (ttl, nt, csv)</source>
        <translation>unknown format &quot;%1&quot; (ttl, nt, csv)</translation>
    </message>
    <message>
        <source>%1 nodes added, %2 matched, %3 skipped; %4 edges added, %5 skipped</source>
        <translation>%1 nodes added, %2 matched, %3 skipped; %4 edges added, %5 skipped</translation>
    </message>
    <message>
        <source>types added to the ontology: %1</source>
        <translation>types added to the ontology: %1</translation>
    </message>
    <message>
        <source>skipped unknown types: %1</source>
        <translation>skipped unknown types: %1</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>nothing was imported</translation>
    </message>
    <message>
        <source>%1 pieces of evidence linked</source>
        <translation>%1 pieces of evidence linked</translation>
    </message>
    <message>
        <source>evidence not linked, the project has no such annotation: %1</source>
        <translation>evidence not linked, the project has no such annotation: %1</translation>
    </message>
</context>
<context>
    <name>rwb::cli::PreannotateCommand</name>
    <message>
        <source>  preannotate PROJECT.rwb --model M   run a model (manifest .json, .onnx, or a name in the project&apos;s
                          models/ folder) over the images: proposals to review
                          [--backend cpu|opencl|cuda|cuda/cuda_fp16|auto] [--threads N] [--batch N]
                          [--rerun] [--status S] [--split S] [--uri TEXT] [--ids 1,2,3]
</source>
        <translation>  preannotate PROJECT.rwb --model M   run a model (manifest .json, .onnx, or a name in the project&apos;s
                          models/ folder) over the images: proposals to review
                          [--backend cpu|opencl|cuda|cuda/cuda_fp16|auto] [--threads N] [--batch N]
                          [--rerun] [--status S] [--split S] [--uri TEXT] [--ids 1,2,3]
</translation>
    </message>
    <message>
        <source>resonance-cli preannotate: %1</source>
        <translation>resonance-cli preannotate: %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot; for %2</source>
        <translation>bad value &quot;%1&quot; for %2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs a project and --model</source>
        <translation>needs a project and --model</translation>
    </message>
    <message>
        <source>Pre-annotating</source>
        <translation>Pre-annotating</translation>
    </message>
    <message>
        <source>%1 images: %2 run, %3 already done by this model, %4 failed; %5 proposals (%6 left out as repeats of existing labels); %7 s (%8 ms per image) on %9</source>
        <translation>%1 images: %2 run, %3 already done by this model, %4 failed; %5 proposals (%6 left out as repeats of existing labels); %7 s (%8 ms per image) on %9</translation>
    </message>
</context>
<context>
    <name>rwb::document::BratFormat</name>
    <message>
        <source>%1.ann line %2: %3</source>
        <translation>%1.ann line %2: %3</translation>
    </message>
    <message>
        <source>expected an id, a tab and an annotation</source>
        <translation>expected an id, a tab and an annotation</translation>
    </message>
    <message>
        <source>offsets “%1” do not fit the text of %2 characters</source>
        <translation>offsets “%1” do not fit the text of %2 characters</translation>
    </message>
    <message>
        <source>a relation needs a type and two arguments</source>
        <translation>a relation needs a type and two arguments</translation>
    </message>
    <message>
        <source>a reference needs an annotation and a target</source>
        <translation>a reference needs an annotation and a target</translation>
    </message>
</context>
<context>
    <name>rwb::document::ConllFormat</name>
    <message>
        <source>line %1: expected a token and a tag</source>
        <translation>line %1: expected a token and a tag</translation>
    </message>
    <message>
        <source>line %1: unknown tag “%2” (expected O, B-… or I-…)</source>
        <translation>line %1: unknown tag “%2” (expected O, B-… or I-…)</translation>
    </message>
</context>
<context>
    <name>rwb::document::DocumentAnnotator</name>
    <message>
        <source>Document annotator</source>
        <translation>Document annotator</translation>
    </message>
</context>
<context>
    <name>rwb::document::DocumentAnnotatorWidget</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Change class</source>
        <translation>Change class</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Set %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s), %2</source>
        <translation>
            <numerusform>%1: %n line, %2</numerusform>
            <numerusform>%1: %n lines, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select text</source>
        <translation>Select text</translation>
    </message>
    <message>
        <source>Drag over text to label it with the current class (T)</source>
        <translation>Drag over text to label it with the current class (T)</translation>
    </message>
    <message>
        <source>Page region</source>
        <translation>Page region</translation>
    </message>
    <message>
        <source>Drag a rectangle on a page: tables, figures, nameplates (R)</source>
        <translation>Drag a rectangle on a page: tables, figures, nameplates (R)</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Drag from one span to another to relate them (L)</source>
        <translation>Drag from one span to another to relate them (L)</translation>
    </message>
    <message>
        <source>Type of the relations drawn</source>
        <translation>Type of the relations drawn</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Continuous</translation>
    </message>
    <message>
        <source>Show the pages one below the other, or one at a time</source>
        <translation>Show the pages one below the other, or one at a time</translation>
    </message>
    <message>
        <source>Search in the document</source>
        <translation>Search in the document</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Next hit</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Previous hit</translation>
    </message>
    <message>
        <source>Recognize text</source>
        <translation>Recognize text</translation>
    </message>
    <message>
        <source>Run OCR (Chinese and English) on the pages without a text layer</source>
        <translation>Run OCR (Chinese and English) on the pages without a text layer</translation>
    </message>
    <message>
        <source>Pre-annotate</source>
        <translation>Pre-annotate</translation>
    </message>
    <message>
        <source>Propose spans for every label and alias of the knowledge graph in all documents</source>
        <translation>Propose spans for every label and alias of the knowledge graph in all documents</translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>Accept proposal</translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation>Reject proposal</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Spans</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Knowledge link:</source>
        <translation>Knowledge link:</translation>
    </message>
    <message>
        <source>Node label or alias (中文 / English)</source>
        <translation>Node label or alias (中文 / English)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Asset %1 is not in the project</source>
        <translation>Asset %1 is not in the project</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n page</numerusform>
            <numerusform>%1: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: text in %2</source>
        <translation>%1: text in %2</translation>
    </message>
    <message>
        <source>p. %1: %2</source>
        <translation>p. %1: %2</translation>
    </message>
    <message>
        <source>p. %1: region</source>
        <translation>p. %1: region</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>(no class)</translation>
    </message>
    <message>
        <source> · proposed</source>
        <translation> · proposed</translation>
    </message>
    <message>
        <source> · rejected</source>
        <translation> · rejected</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>“%1” does not allow overlapping spans</source>
        <translation>“%1” does not allow overlapping spans</translation>
    </message>
    <message>
        <source>Add span “%1”</source>
        <translation>Add span “%1”</translation>
    </message>
    <message>
        <source>Span “%1” (%2–%3)</source>
        <translation>Span “%1” (%2–%3)</translation>
    </message>
    <message>
        <source>Add page region</source>
        <translation>Add page region</translation>
    </message>
    <message>
        <source>Add relation “%1”</source>
        <translation>Add relation “%1”</translation>
    </message>
    <message>
        <source>No knowledge node is called “%1”</source>
        <translation>No knowledge node is called “%1”</translation>
    </message>
    <message>
        <source>Link to “%1”</source>
        <translation>Link to “%1”</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Remove link</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) so far…</source>
        <translation>
            <numerusform>%n hit so far…</numerusform>
            <numerusform>%n hits so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognizing the pages without text…</source>
        <translation>Recognizing the pages without text…</translation>
    </message>
    <message numerus="yes">
        <source>OCR finished: %n page(s) recognized</source>
        <translation>
            <numerusform>OCR finished: %n page recognized</numerusform>
            <numerusform>OCR finished: %n pages recognized</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) proposed</source>
        <translation>
            <numerusform>%n span proposed</numerusform>
            <numerusform>%n spans proposed</numerusform>
        </translation>
    </message>
    <message>
        <source>Term List</source>
        <translation>Term List</translation>
    </message>
    <message>
        <source>Term lists (*.txt *.tsv);;All files (*)</source>
        <translation>Term lists (*.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Zoom so that the page fills the width of the view</source>
        <translation>Zoom so that the page fills the width of the view</translation>
    </message>
    <message>
        <source>Terms…</source>
        <translation>Terms…</translation>
    </message>
    <message>
        <source>Pre-annotate with the knowledge graph and a term list (one term a line, optionally a tab and a label class name)</source>
        <translation>Pre-annotate with the knowledge graph and a term list (one term a line, optionally a tab and a label class name)</translation>
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
    <name>rwb::document::ExchangeImporter</name>
    <message>
        <source>the text of “%1” differs from the document&apos;s text; offsets would not fit</source>
        <translation>the text of “%1” differs from the document&apos;s text; offsets would not fit</translation>
    </message>
    <message>
        <source>span %1 of “%2” crosses a page boundary</source>
        <translation>span %1 of “%2” crosses a page boundary</translation>
    </message>
    <message>
        <source>relation %1 of “%2” refers to a missing span</source>
        <translation>relation %1 of “%2” refers to a missing span</translation>
    </message>
</context>
<context>
    <name>rwb::document::JsonlFormat</name>
    <message>
        <source>line %1: not a JSON object (%2)</source>
        <translation>line %1: not a JSON object (%2)</translation>
    </message>
    <message>
        <source>line %1: entity %2 has offsets %3–%4 outside the text of %5 characters</source>
        <translation>line %1: entity %2 has offsets %3–%4 outside the text of %5 characters</translation>
    </message>
</context>
<context>
    <name>rwb::document::OcrEngine</name>
    <message>
        <source>Tesseract could not load the language data “%1” (install tesseract-ocr-chi-sim and tesseract-ocr-eng)</source>
        <translation>Tesseract could not load the language data “%1” (install tesseract-ocr-chi-sim and tesseract-ocr-eng)</translation>
    </message>
</context>
<context>
    <name>rwb::document::OcrJob</name>
    <message>
        <source>Recognize text (OCR)</source>
        <translation>Recognize text (OCR)</translation>
    </message>
    <message>
        <source>Looking for pages without text…</source>
        <translation>Looking for pages without text…</translation>
    </message>
    <message>
        <source>Loading the OCR models…</source>
        <translation>Loading the OCR models…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>rwb::document::PdfDocument</name>
    <message>
        <source>“%1” cannot be read</source>
        <translation>“%1” cannot be read</translation>
    </message>
    <message>
        <source>“%1” is damaged or not a PDF</source>
        <translation>“%1” is damaged or not a PDF</translation>
    </message>
    <message>
        <source>“%1” is password-protected; remove the password to annotate it</source>
        <translation>“%1” is password-protected; remove the password to annotate it</translation>
    </message>
    <message>
        <source>“%1” has no pages (damaged PDF?)</source>
        <translation>“%1” has no pages (damaged PDF?)</translation>
    </message>
</context>
<context>
    <name>rwb::document::PreAnnotationJob</name>
    <message>
        <source>Pre-annotate documents from the knowledge graph</source>
        <translation>Pre-annotate documents from the knowledge graph</translation>
    </message>
    <message>
        <source>Building the term automaton…</source>
        <translation>Building the term automaton…</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <source>%1:%2: no label class &quot;%3&quot;</source>
        <translation>%1:%2: no label class &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>rwb::document::TextDocument</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be mapped into memory: %2</source>
        <translation>“%1” cannot be mapped into memory: %2</translation>
    </message>
    <message>
        <source>“%1” holds binary data, not text</source>
        <translation>“%1” holds binary data, not text</translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::AnnotatorAgreement</name>
    <message>
        <source>%1 and %2 have no labelled asset in common.</source>
        <translation>%1 and %2 have no labelled asset in common.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Agreement of %1 and %2 on %3 shared assets</source>
        <translation>Agreement of %1 and %2 on %3 shared assets</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  note: %1</translation>
    </message>
    <message>
        <source>  shapes: IoU-matched F1 %1 (%2 matched)</source>
        <translation>  shapes: IoU-matched F1 %1 (%2 matched)</translation>
    </message>
    <message>
        <source>  tags: Cohen&apos;s kappa %1 over %2 assets</source>
        <translation>  tags: Cohen&apos;s kappa %1 over %2 assets</translation>
    </message>
    <message>
        <source>  time ranges: Krippendorff&apos;s alpha %1</source>
        <translation>  time ranges: Krippendorff&apos;s alpha %1</translation>
    </message>
    <message>
        <source>  text spans: Krippendorff&apos;s alpha %1</source>
        <translation>  text spans: Krippendorff&apos;s alpha %1</translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::ConfusionHeatMap</name>
    <message>
        <source>No confusion matrix</source>
        <translation>No confusion matrix</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predicted</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Ground truth</translation>
    </message>
    <message>
        <source>Truth %1, predicted %2: %3</source>
        <translation>Truth %1, predicted %2: %3</translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::DatasetDiagnostics</name>
    <message>
        <source>The project has no assets.</source>
        <translation>The project has no assets.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>Class balance (accepted labels per split):</source>
        <translation>Class balance (accepted labels per split):</translation>
    </message>
    <message>
        <source>Objects per labelled image (objects×images): %1</source>
        <translation>Objects per labelled image (objects×images): %1</translation>
    </message>
    <message>
        <source>Object sizes: %1</source>
        <translation>Object sizes: %1</translation>
    </message>
    <message>
        <source>Images without labels: %1</source>
        <translation>Images without labels: %1</translation>
    </message>
    <message>
        <source>Near-duplicate pairs: %1 (of %2 hashed images), across splits: %3</source>
        <translation>Near-duplicate pairs: %1 (of %2 hashed images), across splits: %3</translation>
    </message>
    <message>
        <source>  leak: asset %1 (%2) ~ asset %3 (%4), %5 bits</source>
        <translation>  leak: asset %1 (%2) ~ asset %3 (%4), %5 bits</translation>
    </message>
    <message>
        <source>Suspected label errors: %1</source>
        <translation>Suspected label errors: %1</translation>
    </message>
    <message>
        <source>  asset %1: model says %2 (%3) where the label says %4</source>
        <translation>  asset %1: model says %2 (%3) where the label says %4</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Attribute %1: %2 of %3 labels filled</source>
        <translation>Attribute %1: %2 of %3 labels filled</translation>
    </message>
    <message>
        <source>Node %1: %2 evidence, %3 labels, recall %4</source>
        <translation>Node %1: %2 evidence, %3 labels, recall %4</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::EvaluationDashboard</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) assigned to %1</source>
        <translation>
            <numerusform>%n asset assigned to %1</numerusform>
            <numerusform>%n assets assigned to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n annotation(s))</source>
        <translation>
            <numerusform>%1 (%n annotation)</numerusform>
            <numerusform>%1 (%n annotations)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: done</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelled</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Choose a model run and press Evaluate.</source>
        <translation>Choose a model run and press Evaluate.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n prediction(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n prediction</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n predictions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ground-truth label(s)</source>
        <translation>
            <numerusform>%n ground-truth label</numerusform>
            <numerusform>%n ground-truth labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detection on %n image(s): AP %1 · AP50 %2 · AP75 %3 · AP small %4 · medium %5 · large %6 · AR100 %7</source>
        <translation>
            <numerusform>Detection on %n image: AP %1 · AP50 %2 · AP75 %3 · AP small %4 · medium %5 · large %6 · AR100 %7</numerusform>
            <numerusform>Detection on %n images: AP %1 · AP50 %2 · AP75 %3 · AP small %4 · medium %5 · large %6 · AR100 %7</numerusform>
        </translation>
    </message>
    <message>
        <source>At score ≥ %1 and IoU %2: precision %3 · recall %4 · F1 %5 (TP %6, FP %7, FN %8)</source>
        <translation>At score ≥ %1 and IoU %2: precision %3 · recall %4 · F1 %5 (TP %6, FP %7, FN %8)</translation>
    </message>
    <message numerus="yes">
        <source>Image tags on %n asset(s): accuracy %1 · micro F1 %2 · macro F1 %3</source>
        <translation>
            <numerusform>Image tags on %n asset: accuracy %1 · micro F1 %2 · macro F1 %3</numerusform>
            <numerusform>Image tags on %n assets: accuracy %1 · micro F1 %2 · macro F1 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Time series: event F1 %1 (precision %2, recall %3) · point-wise F1 %4</source>
        <translation>Time series: event F1 %1 (precision %2, recall %3) · point-wise F1 %4</translation>
    </message>
    <message>
        <source>Document spans: exact F1 %1 · overlap F1 %2</source>
        <translation>Document spans: exact F1 %1 · overlap F1 %2</translation>
    </message>
    <message>
        <source>Precision–recall at IoU 0.5</source>
        <translation>Precision–recall at IoU 0.5</translation>
    </message>
    <message>
        <source>AP per class</source>
        <translation>AP per class</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>AP@[.5:.95]</source>
        <translation>AP@[.5:.95]</translation>
    </message>
    <message>
        <source>AP@0.5</source>
        <translation>AP@0.5</translation>
    </message>
    <message>
        <source>background</source>
        <translation>background</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more note(s) (hover to see them all)</source>
        <translation>
            <numerusform>… and %n more note (hover to see them all)</numerusform>
            <numerusform>… and %n more notes (hover to see them all)</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Ground truth</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predictions</translation>
    </message>
    <message>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <source>AP50</source>
        <translation>AP50</translation>
    </message>
    <message>
        <source>AP75</source>
        <translation>AP75</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Class balance per split</source>
        <translation>Class balance per split</translation>
    </message>
    <message>
        <source>Tiny objects</source>
        <translation>Tiny objects</translation>
    </message>
    <message>
        <source>Images without labels</source>
        <translation>Images without labels</translation>
    </message>
    <message>
        <source>Near-duplicate images</source>
        <translation>Near-duplicate images</translation>
    </message>
    <message>
        <source>Duplicates leaking across splits</source>
        <translation>Duplicates leaking across splits</translation>
    </message>
    <message>
        <source>Suspected label errors</source>
        <translation>Suspected label errors</translation>
    </message>
    <message>
        <source>Attribute coverage</source>
        <translation>Attribute coverage</translation>
    </message>
    <message>
        <source>Knowledge coverage</source>
        <translation>Knowledge coverage</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Box area (px²)</source>
        <translation>Box area (px²)</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Near-duplicate</source>
        <translation>Near-duplicate</translation>
    </message>
    <message>
        <source>Distance (bits)</source>
        <translation>Distance (bits)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Model says</source>
        <translation>Model says</translation>
    </message>
    <message>
        <source>Label says</source>
        <translation>Label says</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Different class</source>
        <translation>Different class</translation>
    </message>
    <message>
        <source>Missing label</source>
        <translation>Missing label</translation>
    </message>
    <message>
        <source>Different tag</source>
        <translation>Different tag</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Graph node</source>
        <translation>Graph node</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>By modality</source>
        <translation>By modality</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Model recall</source>
        <translation>Model recall</translation>
    </message>
    <message>
        <source>Labels per class and split</source>
        <translation>Labels per class and split</translation>
    </message>
    <message>
        <source>Evaluate a model run to diagnose the dataset.</source>
        <translation>Evaluate a model run to diagnose the dataset.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) hashed; %1 near-duplicate pair(s), %2 leaking across splits; %3 image(s) without labels; %4 suspected label error(s). Object sizes: %5.</source>
        <translation>
            <numerusform>%n image hashed; %1 near-duplicate pair, %2 leaking across splits; %3 image without labels; %4 suspected label error. Object sizes: %5.</numerusform>
            <numerusform>%n images hashed; %1 near-duplicate pairs, %2 leaking across splits; %3 images without labels; %4 suspected label errors. Object sizes: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>run A</source>
        <translation>run A</translation>
    </message>
    <message>
        <source>run B</source>
        <translation>run B</translation>
    </message>
    <message>
        <source>(all classes)</source>
        <translation>(all classes)</translation>
    </message>
    <message>
        <source>AP %1</source>
        <translation>AP %1</translation>
    </message>
    <message>
        <source>Δ AP</source>
        <translation>Δ AP</translation>
    </message>
    <message>
        <source>Recall %1</source>
        <translation>Recall %1</translation>
    </message>
    <message>
        <source>Δ recall</source>
        <translation>Δ recall</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;: %n asset(s) labelled by both</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;: %n asset labelled by both</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;: %n assets labelled by both</numerusform>
        </translation>
    </message>
    <message>
        <source>Shapes (IoU-matched): F1 %1 · precision %2 · recall %3</source>
        <translation>Shapes (IoU-matched): F1 %1 · precision %2 · recall %3</translation>
    </message>
    <message numerus="yes">
        <source>Image tags: Cohen&apos;s κ %1 over %n item(s) (observed %2, chance %3)</source>
        <translation>
            <numerusform>Image tags: Cohen&apos;s κ %1 over %n item (observed %2, chance %3)</numerusform>
            <numerusform>Image tags: Cohen&apos;s κ %1 over %n items (observed %2, chance %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Time ranges: Krippendorff&apos;s α %1 over %2 sample(s)</source>
        <translation>Time ranges: Krippendorff&apos;s α %1 over %2 sample(s)</translation>
    </message>
    <message>
        <source>Text spans: Krippendorff&apos;s α %1 over %2 character(s)</source>
        <translation>Text spans: Krippendorff&apos;s α %1 over %2 character(s)</translation>
    </message>
    <message>
        <source>Evaluation of %1</source>
        <translation>Evaluation of %1</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Per class</translation>
    </message>
    <message>
        <source>Confusion matrix (rows: ground truth, columns: prediction)</source>
        <translation>Confusion matrix (rows: ground truth, columns: prediction)</translation>
    </message>
    <message>
        <source>Dataset diagnostics</source>
        <translation>Dataset diagnostics</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Comparison of two runs</source>
        <translation>Comparison of two runs</translation>
    </message>
    <message>
        <source>Export Evaluation Report</source>
        <translation>Export Evaluation Report</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>Model run:</source>
        <translation>Model run:</translation>
    </message>
    <message>
        <source>The model run (its proposals) to evaluate against the accepted labels</source>
        <translation>The model run (its proposals) to evaluate against the accepted labels</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Boxes</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>Masks</translation>
    </message>
    <message>
        <source>Match by box IoU or by mask IoU</source>
        <translation>Match by box IoU or by mask IoU</translation>
    </message>
    <message>
        <source>IoU:</source>
        <translation>IoU:</translation>
    </message>
    <message>
        <source>Score ≥</source>
        <translation>Score ≥</translation>
    </message>
    <message>
        <source>The run&apos;s operating point, for precision, recall and the confusion matrix</source>
        <translation>The run&apos;s operating point, for precision, recall and the confusion matrix</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Export Report…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Labeling Queue</source>
        <translation>Labeling Queue</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Compare Runs</translation>
    </message>
    <message>
        <source>Click a row to open its asset</source>
        <translation>Click a row to open its asset</translation>
    </message>
    <message>
        <source>Annotator:</source>
        <translation>Annotator:</translation>
    </message>
    <message>
        <source>compared with:</source>
        <translation>compared with:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Strategy:</translation>
    </message>
    <message>
        <source>Least confidence</source>
        <translation>Least confidence</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropy</translation>
    </message>
    <message>
        <source>Weakness (low AP, little evidence)</source>
        <translation>Weakness (low AP, little evidence)</translation>
    </message>
    <message>
        <source>Diversity</source>
        <translation>Diversity</translation>
    </message>
    <message>
        <source>Assets:</source>
        <translation>Assets:</translation>
    </message>
    <message>
        <source>Build Queue</source>
        <translation>Build Queue</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Queue:</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Assign to:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Show in Asset Browser</source>
        <translation>Show in Asset Browser</translation>
    </message>
    <message>
        <source>Filter the asset browser to this queue, in its order</source>
        <translation>Filter the asset browser to this queue, in its order</translation>
    </message>
    <message>
        <source>Compare with run:</source>
        <translation>Compare with run:</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf);;Markdown (*.md)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <source>val</source>
        <translation>val</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>no split</translation>
    </message>
    <message>
        <source>tiny</source>
        <translation>tiny</translation>
    </message>
    <message>
        <source>small</source>
        <translation>small</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>large</source>
        <translation>large</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::EvaluationJob</name>
    <message>
        <source>Evaluating model run %1</source>
        <translation>Evaluating model run %1</translation>
    </message>
    <message>
        <source>Diagnosing the dataset</source>
        <translation>Diagnosing the dataset</translation>
    </message>
    <message>
        <source>Building a labeling queue</source>
        <translation>Building a labeling queue</translation>
    </message>
    <message>
        <source>Comparing annotators</source>
        <translation>Comparing annotators</translation>
    </message>
    <message>
        <source>Reading the project</source>
        <translation>Reading the project</translation>
    </message>
    <message>
        <source>Matching predictions to ground truth</source>
        <translation>Matching predictions to ground truth</translation>
    </message>
    <message>
        <source>Hashing images</source>
        <translation>Hashing images</translation>
    </message>
    <message>
        <source>Computing diagnostics</source>
        <translation>Computing diagnostics</translation>
    </message>
    <message>
        <source>%1: cannot be read, not hashed</source>
        <translation>%1: cannot be read, not hashed</translation>
    </message>
    <message>
        <source>Ranking assets</source>
        <translation>Ranking assets</translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::EvaluationReport</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: cannot be written: %2</translation>
    </message>
    <message>
        <source>no PDF output</source>
        <translation>no PDF output</translation>
    </message>
    <message>
        <source>Assets behind this figure:</source>
        <translation>Assets behind this figure:</translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::LabelingQueue</name>
    <message>
        <source>%1 bits from the nearest labelled or queued image</source>
        <translation>%1 bits from the nearest labelled or queued image</translation>
    </message>
    <message>
        <source>no proposals</source>
        <translation>no proposals</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>(no class)</translation>
    </message>
    <message>
        <source>%1: not evaluated</source>
        <translation>%1: not evaluated</translation>
    </message>
    <message>
        <source>%1: AP %2</source>
        <translation>%1: AP %2</translation>
    </message>
    <message>
        <source>%1: recall %2</source>
        <translation>%1: recall %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n evidence link(s) for its graph node</source>
        <translation>
            <numerusform>%1: %n evidence link for its graph node</numerusform>
            <numerusform>%1: %n evidence links for its graph node</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::ModelEvaluation</name>
    <message>
        <source>The project holds no annotations of model run &quot;%1&quot;.</source>
        <translation>The project holds no annotations of model run &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) with unreadable geometry were left out.</source>
        <translation>
            <numerusform>%n annotation with unreadable geometry were left out.</numerusform>
            <numerusform>%n annotations with unreadable geometry were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) without a class were left out.</source>
        <translation>
            <numerusform>%n annotation without a class were left out.</numerusform>
            <numerusform>%n annotations without a class were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; is predicted but has no ground truth: its recall and AP are undefined.</source>
        <translation>Class &quot;%1&quot; is predicted but has no ground truth: its recall and AP are undefined.</translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; has ground truth but the model never predicts it.</source>
        <translation>Class &quot;%1&quot; has ground truth but the model never predicts it.</translation>
    </message>
    <message>
        <source>IoU %1 is not one of the COCO thresholds; precision and recall at the threshold use 0.5.</source>
        <translation>IoU %1 is not one of the COCO thresholds; precision and recall at the threshold use 0.5.</translation>
    </message>
    <message>
        <source>Model run %1: %2 predictions against %3 ground-truth annotations</source>
        <translation>Model run %1: %2 predictions against %3 ground-truth annotations</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  note: %1</translation>
    </message>
    <message>
        <source>Detection (%1 images):</source>
        <translation>Detection (%1 images):</translation>
    </message>
    <message>
        <source>  mAP@[.5:.95] %1  AP50 %2  AP75 %3</source>
        <translation>  mAP@[.5:.95] %1  AP50 %2  AP75 %3</translation>
    </message>
    <message>
        <source>  AP small %1  medium %2  large %3</source>
        <translation>  AP small %1  medium %2  large %3</translation>
    </message>
    <message>
        <source>  AR1 %1  AR10 %2  AR100 %3</source>
        <translation>  AR1 %1  AR10 %2  AR100 %3</translation>
    </message>
    <message>
        <source>  at score ≥ %1, IoU %2: precision %3  recall %4  F1 %5</source>
        <translation>  at score ≥ %1, IoU %2: precision %3  recall %4  F1 %5</translation>
    </message>
    <message>
        <source>  class %1: AP %2  AP50 %3</source>
        <translation>  class %1: AP %2  AP50 %3</translation>
    </message>
    <message>
        <source>%1: precision %2  recall %3  F1 %4</source>
        <translation>%1: precision %2  recall %3  F1 %4</translation>
    </message>
    <message>
        <source>Tags (%1 assets): accuracy %2</source>
        <translation>Tags (%1 assets): accuracy %2</translation>
    </message>
    <message>
        <source>  tags micro</source>
        <translation>  tags micro</translation>
    </message>
    <message>
        <source>Time series events (overlap)</source>
        <translation>Time series events (overlap)</translation>
    </message>
    <message>
        <source>Time series point-wise</source>
        <translation>Time series point-wise</translation>
    </message>
    <message>
        <source>Document spans (exact)</source>
        <translation>Document spans (exact)</translation>
    </message>
    <message>
        <source>Document spans (overlap)</source>
        <translation>Document spans (overlap)</translation>
    </message>
    <message>
        <source>There is no ground truth: no accepted annotations other than this run&apos;s own.</source>
        <translation>There is no ground truth: no accepted annotations other than this run&apos;s own.</translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::ReportTableModel</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::CocoFormat</name>
    <message>
        <source>Class &quot;%1&quot; on image %2 is not in the class list; the label was left out.</source>
        <translation>Class &quot;%1&quot; on image %2 is not in the class list; the label was left out.</translation>
    </message>
    <message>
        <source>line %1: invalid JSON (%2)</source>
        <translation>line %1: invalid JSON (%2)</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;images&quot;, &quot;annotations&quot; and &quot;categories&quot;</source>
        <translation>expected a JSON object with &quot;images&quot;, &quot;annotations&quot; and &quot;categories&quot;</translation>
    </message>
    <message>
        <source>&quot;images&quot; and &quot;categories&quot; must be arrays</source>
        <translation>&quot;images&quot; and &quot;categories&quot; must be arrays</translation>
    </message>
    <message>
        <source>a category without a name</source>
        <translation>a category without a name</translation>
    </message>
    <message>
        <source>image %1 needs a file_name, a width and a height</source>
        <translation>image %1 needs a file_name, a width and a height</translation>
    </message>
    <message>
        <source>annotation %1 refers to an unknown image</source>
        <translation>annotation %1 refers to an unknown image</translation>
    </message>
    <message>
        <source>annotation %1 refers to an unknown category %2</source>
        <translation>annotation %1 refers to an unknown category %2</translation>
    </message>
    <message>
        <source>annotation %1: keypoints must come in threes</source>
        <translation>annotation %1: keypoints must come in threes</translation>
    </message>
    <message>
        <source>annotation %1: a polygon needs at least three x, y pairs</source>
        <translation>annotation %1: a polygon needs at least three x, y pairs</translation>
    </message>
    <message>
        <source>annotation %1: damaged compressed RLE</source>
        <translation>annotation %1: damaged compressed RLE</translation>
    </message>
    <message>
        <source>annotation %1: %2</source>
        <translation>annotation %1: %2</translation>
    </message>
    <message>
        <source>annotation %1 has neither a bbox nor a segmentation</source>
        <translation>annotation %1 has neither a bbox nor a segmentation</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::CvatFormat</name>
    <message>
        <source>CVAT cannot express the holes of a polygon (class &quot;%1&quot;, image %2); they were left out.</source>
        <translation>CVAT cannot express the holes of a polygon (class &quot;%1&quot;, image %2); they were left out.</translation>
    </message>
    <message>
        <source>CVAT points cannot express keypoint visibility or a skeleton (class &quot;%1&quot;, image %2); the labeled keypoints went as points.</source>
        <translation>CVAT points cannot express keypoint visibility or a skeleton (class &quot;%1&quot;, image %2); the labeled keypoints went as points.</translation>
    </message>
    <message>
        <source>line %1: an image needs name, width and height</source>
        <translation>line %1: an image needs name, width and height</translation>
    </message>
    <message>
        <source>line %1: a %2 with unreadable coordinates</source>
        <translation>line %1: a %2 with unreadable coordinates</translation>
    </message>
    <message>
        <source>line %1: a %2 without a label</source>
        <translation>line %1: a %2 without a label</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::DatasetCollector</name>
    <message>
        <source>Label %1 on %2 cannot be read (%3); it was left out.</source>
        <translation>Label %1 on %2 cannot be read (%3); it was left out.</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::DatasetWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1 (read-only?).</source>
        <translation>Cannot create a temporary folder in %1 (read-only?).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (disk full?)</source>
        <translation>Cannot write %1: %2 (disk full?)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The image %1 is missing on disk.</source>
        <translation>The image %1 is missing on disk.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 (disk full?).</source>
        <translation>Cannot copy %1 to %2 (disk full?).</translation>
    </message>
    <message>
        <source>The target %1 exists already; choose a new folder.</source>
        <translation>The target %1 exists already; choose a new folder.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>Cannot move %1 to %2.</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::ExchangeActions</name>
    <message>
        <source>&amp;Export Dataset…</source>
        <translation>&amp;Export Dataset…</translation>
    </message>
    <message>
        <source>Write the labels in a training format, or a versioned dataset package</source>
        <translation>Write the labels in a training format, or a versioned dataset package</translation>
    </message>
    <message>
        <source>Import &amp;Dataset…</source>
        <translation>Import &amp;Dataset…</translation>
    </message>
    <message>
        <source>Add the images and labels of a COCO, YOLO, VOC, labelme or CVAT dataset</source>
        <translation>Add the images and labels of a COCO, YOLO, VOC, labelme or CVAT dataset</translation>
    </message>
    <message>
        <source>&amp;Publish Dataset…</source>
        <translation>&amp;Publish Dataset…</translation>
    </message>
    <message>
        <source>Copy a dataset package to the shared folder or git repository as a new version</source>
        <translation>Copy a dataset package to the shared folder or git repository as a new version</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>%1 was cancelled; nothing was written.</source>
        <translation>%1 was cancelled; nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s)</source>
        <translation>
            <numerusform>Exported %n image</numerusform>
            <numerusform>Exported %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n label(s).</source>
        <translation>
            <numerusform>with %n label.</numerusform>
            <numerusform>with %n labels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package written with %n asset(s).</source>
        <translation>
            <numerusform>Package written with %n asset.</numerusform>
            <numerusform>Package written with %n assets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n image(s)</source>
        <translation>
            <numerusform>Imported %n image</numerusform>
            <numerusform>Imported %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>New classes: %1</source>
        <translation>New classes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform>
            <numerusform>%n files could not be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the job panel).</source>
        <translation>
            <numerusform>… and %n more (see the job panel).</numerusform>
            <numerusform>… and %n more (see the job panel).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 finished.</source>
        <translation>%1 finished.</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::ExportDatasetDialog</name>
    <message>
        <source>Export Dataset</source>
        <translation>Export Dataset</translation>
    </message>
    <message>
        <source>Dataset package (several formats, splits, manifest, card)</source>
        <translation>Dataset package (several formats, splits, manifest, card)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Linked (hard links where possible)</source>
        <translation>Linked (hard links where possible)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Left out (labels only)</source>
        <translation>Left out (labels only)</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Images:</translation>
    </message>
    <message>
        <source>A new folder</source>
        <translation>A new folder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Target folder:</source>
        <translation>&amp;Target folder:</translation>
    </message>
    <message>
        <source>The folder must not exist yet; it is written completely or not at all.</source>
        <translation>The folder must not exist yet; it is written completely or not at all.</translation>
    </message>
    <message>
        <source>Package &amp;formats:</source>
        <translation>Package &amp;formats:</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Time series</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Knowledge graph</source>
        <translation>Knowledge graph</translation>
    </message>
    <message>
        <source>Package &amp;parts:</source>
        <translation>Package &amp;parts:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Only accepted or done assets (reviewed)</source>
        <translation>Only accepted or done assets (reviewed)</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>&amp;Classes:</translation>
    </message>
    <message>
        <source>&amp;Annotators:</source>
        <translation>&amp;Annotators:</translation>
    </message>
    <message>
        <source>Asset &amp;kinds:</source>
        <translation>Asset &amp;kinds:</translation>
    </message>
    <message>
        <source>Labeled between</source>
        <translation>Labeled between</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates:</translation>
    </message>
    <message>
        <source>Include model proposals not yet accepted</source>
        <translation>Include model proposals not yet accepted</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Keep the splits the assets have (others are dealt anew)</source>
        <translation>Keep the splits the assets have (others are dealt anew)</translation>
    </message>
    <message>
        <source>Split everything anew</source>
        <translation>Split everything anew</translation>
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
        <source>&amp;Ratios:</source>
        <translation>&amp;Ratios:</translation>
    </message>
    <message>
        <source>By sequence (frames of one recording stay together)</source>
        <translation>By sequence (frames of one recording stay together)</translation>
    </message>
    <message>
        <source>By source folder</source>
        <translation>By source folder</translation>
    </message>
    <message>
        <source>None (each asset alone)</source>
        <translation>None (each asset alone)</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Grouping:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>Splits are stratified by class: each split gets its share of every class. The same seed gives the same splits.</source>
        <translation>Splits are stratified by class: each split gets its share of every class. The same seed gives the same splits.</translation>
    </message>
    <message>
        <source>Splits</source>
        <translation>Splits</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licence:</translation>
    </message>
    <message>
        <source>What the dataset is for, e.g. training a defect detector for the strip line</source>
        <translation>What the dataset is for, e.g. training a defect detector for the strip line</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>How the data was collected</source>
        <translation>How the data was collected</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>&amp;Collection:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Folder to create the dataset in</source>
        <translation>Folder to create the dataset in</translation>
    </message>
    <message>
        <source>What the export could not express or left out:</source>
        <translation>What the export could not express or left out:</translation>
    </message>
    <message>
        <source>Choose the folder to write the dataset to.</source>
        <translation>Choose the folder to write the dataset to.</translation>
    </message>
    <message>
        <source>%1 exists already; an export never overwrites. Choose a new folder.</source>
        <translation>%1 exists already; an export never overwrites. Choose a new folder.</translation>
    </message>
    <message>
        <source>Choose at least one format or part for the package.</source>
        <translation>Choose at least one format or part for the package.</translation>
    </message>
    <message>
        <source>The split ratios must add up to 1 (now %1).</source>
        <translation>The split ratios must add up to 1 (now %1).</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::ExportJob</name>
    <message>
        <source>Export %1 to %2</source>
        <translation>Export %1 to %2</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>Reading the project…</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot; (known: %2)</source>
        <translation>unknown export format &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) exported</source>
        <translation>
            <numerusform>%n image exported</numerusform>
            <numerusform>%n images exported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rwb::exchange::FormatUtil</name>
    <message>
        <source>%1 cannot express a %2 (class &quot;%3&quot;, image %4); it was left out.</source>
        <translation>%1 cannot express a %2 (class &quot;%3&quot;, image %4); it was left out.</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::ImageFormat</name>
    <message>
        <source>COCO (boxes, polygons, masks, keypoints)</source>
        <translation>COCO (boxes, polygons, masks, keypoints)</translation>
    </message>
    <message>
        <source>YOLO / Ultralytics detect</source>
        <translation>YOLO / Ultralytics detect</translation>
    </message>
    <message>
        <source>YOLO / Ultralytics segment</source>
        <translation>YOLO / Ultralytics segment</translation>
    </message>
    <message>
        <source>YOLO / Ultralytics oriented boxes</source>
        <translation>YOLO / Ultralytics oriented boxes</translation>
    </message>
    <message>
        <source>Pascal VOC (XML and segmentation PNGs)</source>
        <translation>Pascal VOC (XML and segmentation PNGs)</translation>
    </message>
    <message>
        <source>labelme JSON</source>
        <translation>labelme JSON</translation>
    </message>
    <message>
        <source>CVAT for images 1.1 XML</source>
        <translation>CVAT for images 1.1 XML</translation>
    </message>
    <message>
        <source>Mask PNGs (class per pixel)</source>
        <translation>Mask PNGs (class per pixel)</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no such file or folder</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown import format &quot;%1&quot; (known: %2)</source>
        <translation>unknown import format &quot;%1&quot; (known: %2)</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::ImportDatasetDialog</name>
    <message>
        <source>Import Dataset</source>
        <translation>Import Dataset</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>The dataset folder, or the annotation file of COCO and CVAT</source>
        <translation>The dataset folder, or the annotation file of COCO and CVAT</translation>
    </message>
    <message>
        <source>F&amp;ile…</source>
        <translation>F&amp;ile…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>F&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Read Classes</source>
        <translation>&amp;Read Classes</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Dataset:</translation>
    </message>
    <message>
        <source>Read the dataset&apos;s classes to map them to the project&apos;s.</source>
        <translation>Read the dataset&apos;s classes to map them to the project&apos;s.</translation>
    </message>
    <message>
        <source>Class in the dataset</source>
        <translation>Class in the dataset</translation>
    </message>
    <message>
        <source>Class in the project</source>
        <translation>Class in the project</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Annotation file</source>
        <translation>Annotation file</translation>
    </message>
    <message>
        <source>Annotation files (*.json *.xml);;All files (*)</source>
        <translation>Annotation files (*.json *.xml);;All files (*)</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Dataset folder</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n label(s))</source>
        <translation>
            <numerusform>%1 (%n label)</numerusform>
            <numerusform>%1 (%n labels)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add as a new class</source>
        <translation>Add as a new class</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in the dataset.</source>
        <translation>
            <numerusform>%n image in the dataset.</numerusform>
            <numerusform>%n images in the dataset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) the project does not know: add them or map them to existing classes.</source>
        <translation>
            <numerusform>%n class the project does not know: add them or map them to existing classes.</numerusform>
            <numerusform>%n classes the project does not know: add them or map them to existing classes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rwb::exchange::ImportDatasetJob</name>
    <message>
        <source>Import %1 dataset %2</source>
        <translation>Import %1 dataset %2</translation>
    </message>
    <message>
        <source>the image is missing on disk</source>
        <translation>the image is missing on disk</translation>
    </message>
    <message>
        <source>cannot read the image: %1</source>
        <translation>cannot read the image: %1</translation>
    </message>
    <message>
        <source>class &quot;%1&quot; is not in the project and not mapped</source>
        <translation>class &quot;%1&quot; is not in the project and not mapped</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) imported</source>
        <translation>
            <numerusform>%n image imported</numerusform>
            <numerusform>%n images imported</numerusform>
        </translation>
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
    <name>rwb::exchange::LabelmeFormat</name>
    <message>
        <source>labelme cannot express the holes of a polygon (class &quot;%1&quot;, image %2); they were left out.</source>
        <translation>labelme cannot express the holes of a polygon (class &quot;%1&quot;, image %2); they were left out.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON (%2)</source>
        <translation>%1: invalid JSON (%2)</translation>
    </message>
    <message>
        <source>%1: needs imagePath, imageWidth and imageHeight</source>
        <translation>%1: needs imagePath, imageWidth and imageHeight</translation>
    </message>
    <message>
        <source>%1: a shape without a label</source>
        <translation>%1: a shape without a label</translation>
    </message>
    <message>
        <source>%1: a mask shape with unreadable image data</source>
        <translation>%1: a mask shape with unreadable image data</translation>
    </message>
    <message>
        <source>%1: shape &quot;%2&quot; with %3 points cannot be read</source>
        <translation>%1: shape &quot;%2&quot; with %3 points cannot be read</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::MaskPngFormat</name>
    <message>
        <source>Mask PNGs hold at most 255 classes; %1 classes after the 255th were left out.</source>
        <translation>Mask PNGs hold at most 255 classes; %1 classes after the 255th were left out.</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::ModalityExport</name>
    <message>
        <source>The signal %1 cannot be read (%2); its labels were left out.</source>
        <translation>The signal %1 cannot be read (%2); its labels were left out.</translation>
    </message>
    <message>
        <source>The document %1 cannot be read (%2); its labels were left out.</source>
        <translation>The document %1 cannot be read (%2); its labels were left out.</translation>
    </message>
    <message>
        <source>The knowledge graph cannot be read (%1); it was left out.</source>
        <translation>The knowledge graph cannot be read (%1); it was left out.</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::PackageBuilder</name>
    <message>
        <source>Build dataset package %1</source>
        <translation>Build dataset package %1</translation>
    </message>
    <message>
        <source>The target %1 exists already; choose a new folder.</source>
        <translation>The target %1 exists already; choose a new folder.</translation>
    </message>
    <message>
        <source>Selecting…</source>
        <translation>Selecting…</translation>
    </message>
    <message>
        <source>The selection is empty: no asset to package.</source>
        <translation>The selection is empty: no asset to package.</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;</source>
        <translation>unknown export format &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The image %1 is missing on disk.</source>
        <translation>The image %1 is missing on disk.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Package %1 written</source>
        <translation>Package %1 written</translation>
    </message>
    <message>
        <source>## Purpose

%1

</source>
        <translation>## Purpose

%1

</translation>
    </message>
    <message>
        <source>Not stated.</source>
        <translation>Not stated.</translation>
    </message>
    <message>
        <source>## Composition

%1 assets with %2 labels in %3 classes. Formats: %4.

</source>
        <translation>## Composition

%1 assets with %2 labels in %3 classes. Formats: %4.

</translation>
    </message>
    <message>
        <source>| Split | Assets | Labels |
|---|---:|---:|
</source>
        <translation>| Split | Assets | Labels |
|---|---:|---:|
</translation>
    </message>
    <message>
        <source>
| Class | Labels |</source>
        <translation>
| Class | Labels |</translation>
    </message>
    <message>
        <source>
Splits: train %1, val %2, test %3 (seed %4, grouped by %5, so that images of one source stay on one side).

</source>
        <translation>
Splits: train %1, val %2, test %3 (seed %4, grouped by %5, so that images of one source stay on one side).

</translation>
    </message>
    <message>
        <source>## Collection

%1

</source>
        <translation>## Collection

%1

</translation>
    </message>
    <message>
        <source>From the Resonance Workbench project &quot;%1&quot; (%2).</source>
        <translation>From the Resonance Workbench project &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>## Labeling and review

Annotators: %1. Share of model-assisted labels: %2 %. Review rate: %3 % of the assets.

</source>
        <translation>## Labeling and review

Annotators: %1. Share of model-assisted labels: %2 %. Review rate: %3 % of the assets.

</translation>
    </message>
    <message>
        <source>## Quality

</source>
        <translation>## Quality

</translation>
    </message>
    <message>
        <source>No evaluation result was attached.

</source>
        <translation>No evaluation result was attached.

</translation>
    </message>
    <message>
        <source>| Metric | Value |</source>
        <translation>| Metric | Value |</translation>
    </message>
    <message>
        <source>## Licence

%1

Every file&apos;s SHA-256 is in manifest.json.
</source>
        <translation>## Licence

%1

Every file&apos;s SHA-256 is in manifest.json.
</translation>
    </message>
    <message>
        <source>%1: no manifest.json</source>
        <translation>%1: no manifest.json</translation>
    </message>
    <message>
        <source>%1: the manifest lists no files</source>
        <translation>%1: the manifest lists no files</translation>
    </message>
    <message>
        <source>%1: checksum mismatch%2</source>
        <translation>%1: checksum mismatch%2</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::PublishDialog</name>
    <message>
        <source>Publish Dataset</source>
        <translation>Publish Dataset</translation>
    </message>
    <message>
        <source>A package folder written by File ▸ Export Dataset…</source>
        <translation>A package folder written by File ▸ Export Dataset…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Package:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Git remote</source>
        <translation>Git remote</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Publish &amp;to:</source>
        <translation>Publish &amp;to:</translation>
    </message>
    <message>
        <source>Versions already published:</source>
        <translation>Versions already published:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Listed by</source>
        <translation>Listed by</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>Dataset package</source>
        <translation>Dataset package</translation>
    </message>
    <message>
        <source>Shared dataset folder</source>
        <translation>Shared dataset folder</translation>
    </message>
    <message>
        <source>A local or mounted shared folder</source>
        <translation>A local or mounted shared folder</translation>
    </message>
    <message>
        <source>e.g. https://git.example.org/datasets.git</source>
        <translation>e.g. https://git.example.org/datasets.git</translation>
    </message>
    <message>
        <source>No manifest.json: not a dataset package.</source>
        <translation>No manifest.json: not a dataset package.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>this project</translation>
    </message>
    <message>
        <source>the folder&apos;s index</source>
        <translation>the folder&apos;s index</translation>
    </message>
    <message>
        <source>Choose the package folder to publish.</source>
        <translation>Choose the package folder to publish.</translation>
    </message>
    <message>
        <source>Choose where to publish: a folder or a git URL.</source>
        <translation>Choose where to publish: a folder or a git URL.</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was published.</source>
        <translation>Publishing was cancelled; nothing was published.</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::PublishJob</name>
    <message>
        <source>Publish %1 to %2</source>
        <translation>Publish %1 to %2</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <source>Version %1 of %2 published</source>
        <translation>Version %1 of %2 published</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::Publisher</name>
    <message>
        <source>git cannot be started (is it installed?)</source>
        <translation>git cannot be started (is it installed?)</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 (disk full?).</source>
        <translation>Cannot copy %1 to %2 (disk full?).</translation>
    </message>
    <message>
        <source>%1 is not a dataset package (no manifest.json).</source>
        <translation>%1 is not a dataset package (no manifest.json).</translation>
    </message>
    <message>
        <source>%1: the manifest needs a name (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;) and a version above 0.</source>
        <translation>%1: the manifest needs a name (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;) and a version above 0.</translation>
    </message>
    <message>
        <source>The package %1 is damaged: %2</source>
        <translation>The package %1 is damaged: %2</translation>
    </message>
    <message>
        <source>Unknown publishing target &quot;%1&quot;: use folder:PATH or git:URL.</source>
        <translation>Unknown publishing target &quot;%1&quot;: use folder:PATH or git:URL.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is already published at %3; a published version is never overwritten. Build the package with a new version.</source>
        <translation>Version %1 of &quot;%2&quot; is already published at %3; a published version is never overwritten. Build the package with a new version.</translation>
    </message>
    <message>
        <source>The copy at %1 does not match its checksums: %2</source>
        <translation>The copy at %1 does not match its checksums: %2</translation>
    </message>
    <message>
        <source>Version %1 is published at %2, but the index %3 cannot be written: %4</source>
        <translation>Version %1 is published at %2, but the index %3 cannot be written: %4</translation>
    </message>
    <message>
        <source>Cannot reach the git remote %1: %2</source>
        <translation>Cannot reach the git remote %1: %2</translation>
    </message>
    <message>
        <source>Tag %1 exists on %2: version %1 of &quot;%3&quot; is already published and is never overwritten. Build the package with a new version.</source>
        <translation>Tag %1 exists on %2: version %1 of &quot;%3&quot; is already published and is never overwritten. Build the package with a new version.</translation>
    </message>
    <message>
        <source>git clone %1 failed: %2</source>
        <translation>git clone %1 failed: %2</translation>
    </message>
    <message>
        <source>git %1 failed: %2</source>
        <translation>git %1 failed: %2</translation>
    </message>
    <message>
        <source>The remote %1 refused the push; nothing was published: %2</source>
        <translation>The remote %1 refused the push; nothing was published: %2</translation>
    </message>
    <message>
        <source>The push to %1 reported success but tag %2 is not there.</source>
        <translation>The push to %1 reported success but tag %2 is not there.</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::VocFormat</name>
    <message>
        <source>%1: no Annotations folder</source>
        <translation>%1: no Annotations folder</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: an object without a name</source>
        <translation>%1: an object without a name</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>%1: no image size and the image cannot be read</source>
        <translation>%1: no image size and the image cannot be read</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::YoloFormat</name>
    <message>
        <source>%1: cannot read data.yaml: %2</source>
        <translation>%1: cannot read data.yaml: %2</translation>
    </message>
    <message>
        <source>%1: data.yaml names no classes</source>
        <translation>%1: data.yaml names no classes</translation>
    </message>
    <message>
        <source>%1: cannot read the image size</source>
        <translation>%1: cannot read the image size</translation>
    </message>
    <message>
        <source>%1, line %2: expected a class index and normalised coordinates</source>
        <translation>%1, line %2: expected a class index and normalised coordinates</translation>
    </message>
</context>
<context>
    <name>rwb::image::ImageAnnotator</name>
    <message>
        <source>Image annotator</source>
        <translation>Image annotator</translation>
    </message>
</context>
<context>
    <name>rwb::image::ImageAnnotatorWidget</name>
    <message>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Rotated Rectangle</source>
        <translation>Rotated Rectangle</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>Polyline</source>
        <translation>Polyline</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Brush</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Eraser</translation>
    </message>
    <message>
        <source>Magic Wand</source>
        <translation>Magic Wand</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Copy Shapes from Previous Image</source>
        <translation>Copy Shapes from Previous Image</translation>
    </message>
    <message>
        <source>Hide/Show</source>
        <translation>Hide/Show</translation>
    </message>
    <message>
        <source>Lock/Unlock</source>
        <translation>Lock/Unlock</translation>
    </message>
    <message>
        <source>Bring Forward</source>
        <translation>Bring Forward</translation>
    </message>
    <message>
        <source>Send Backward</source>
        <translation>Send Backward</translation>
    </message>
    <message>
        <source>Merge Polygons</source>
        <translation>Merge Polygons</translation>
    </message>
    <message>
        <source>Convert to Polygon</source>
        <translation>Convert to Polygon</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>Fit to Window</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Shapes on this image</source>
        <translation>Shapes on this image</translation>
    </message>
    <message>
        <source>Image tags</source>
        <translation>Image tags</translation>
    </message>
    <message>
        <source>Display (does not change pixels)</source>
        <translation>Display (does not change pixels)</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Brightness</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Invert</translation>
    </message>
    <message>
        <source>Auto Levels</source>
        <translation>Auto Levels</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Asset %1 is not in the project.</source>
        <translation>Asset %1 is not in the project.</translation>
    </message>
    <message>
        <source>Change class</source>
        <translation>Change class</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>(no class)</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>proposal</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) with unreadable geometry not shown</source>
        <translation>
            <numerusform>%n annotation with unreadable geometry not shown</numerusform>
            <numerusform>%n annotations with unreadable geometry not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n shape(s)</source>
        <translation>
            <numerusform>Edit %n shape</numerusform>
            <numerusform>Edit %n shapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n shape(s)</source>
        <translation>
            <numerusform>Delete %n shape</numerusform>
            <numerusform>Delete %n shapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shape(s) copied</source>
        <translation>
            <numerusform>%n shape copied</numerusform>
            <numerusform>%n shapes copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n shape(s)</source>
        <translation>
            <numerusform>Paste %n shape</numerusform>
            <numerusform>Paste %n shapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n shape(s)</source>
        <translation>
            <numerusform>Duplicate %n shape</numerusform>
            <numerusform>Duplicate %n shapes</numerusform>
        </translation>
    </message>
    <message>
        <source>No previous image in this session</source>
        <translation>No previous image in this session</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n shape(s) from the previous image</source>
        <translation>
            <numerusform>Copy %n shape from the previous image</numerusform>
            <numerusform>Copy %n shapes from the previous image</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide/show shapes</source>
        <translation>Hide/show shapes</translation>
    </message>
    <message>
        <source>Lock/unlock shapes</source>
        <translation>Lock/unlock shapes</translation>
    </message>
    <message>
        <source>Bring forward</source>
        <translation>Bring forward</translation>
    </message>
    <message>
        <source>Send backward</source>
        <translation>Send backward</translation>
    </message>
    <message>
        <source>Select two or more polygons to merge</source>
        <translation>Select two or more polygons to merge</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n polygon(s)</source>
        <translation>
            <numerusform>Merge %n polygon</numerusform>
            <numerusform>Merge %n polygons</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous / next image</source>
        <translation>Previous / next image</translation>
    </message>
    <message>
        <source>Label class</source>
        <translation>Label class</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Mark the image done</source>
        <translation>Mark the image done</translation>
    </message>
    <message>
        <source>Wheel, + / -</source>
        <translation>Wheel, + / -</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Middle drag, Alt+drag, arrows</source>
        <translation>Middle drag, Alt+drag, arrows</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Pan</translation>
    </message>
    <message>
        <source>Enter / Backspace / Esc</source>
        <translation>Enter / Backspace / Esc</translation>
    </message>
    <message>
        <source>Finish polygon / remove last vertex / cancel</source>
        <translation>Finish polygon / remove last vertex / cancel</translation>
    </message>
    <message>
        <source>Double click on an edge</source>
        <translation>Double click on an edge</translation>
    </message>
    <message>
        <source>Insert a vertex</source>
        <translation>Insert a vertex</translation>
    </message>
    <message>
        <source>Ctrl+click on a vertex</source>
        <translation>Ctrl+click on a vertex</translation>
    </message>
    <message>
        <source>Remove the vertex</source>
        <translation>Remove the vertex</translation>
    </message>
    <message>
        <source>[ / ]</source>
        <translation>[ / ]</translation>
    </message>
    <message>
        <source>Smaller / larger brush</source>
        <translation>Smaller / larger brush</translation>
    </message>
    <message>
        <source>Shift while resizing</source>
        <translation>Shift while resizing</translation>
    </message>
    <message>
        <source>Keep the aspect ratio</source>
        <translation>Keep the aspect ratio</translation>
    </message>
    <message>
        <source>Image Annotator Keys</source>
        <translation>Image Annotator Keys</translation>
    </message>
    <message>
        <source>Keypoints</source>
        <translation>Keypoints</translation>
    </message>
    <message>
        <source>GrabCut Box</source>
        <translation>GrabCut Box</translation>
    </message>
    <message>
        <source>Split Polygon</source>
        <translation>Split Polygon</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Set %1</translation>
    </message>
    <message>
        <source>x %1  y %2  value %3  zoom %4%</source>
        <translation>x %1  y %2  value %3  zoom %4%</translation>
    </message>
    <message>
        <source>Snap Vertices to Edges</source>
        <translation>Snap Vertices to Edges</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Page </translation>
    </message>
    <message>
        <source>Page of a multi-page TIFF; shapes are kept per page</source>
        <translation>Page of a multi-page TIFF; shapes are kept per page</translation>
    </message>
    <message>
        <source>%1 is missing. Move it back, or use Asset ▸ Relocate Missing Files… to point the project at the folder it is in now.</source>
        <translation>%1 is missing. Move it back, or use Asset ▸ Relocate Missing Files… to point the project at the folder it is in now.</translation>
    </message>
    <message>
        <source>%1 has changed on disk since it was imported (its content no longer matches the SHA-256 recorded in the project). The labels may not fit it; nothing in the project was changed.</source>
        <translation>%1 has changed on disk since it was imported (its content no longer matches the SHA-256 recorded in the project). The labels may not fit it; nothing in the project was changed.</translation>
    </message>
    <message>
        <source>The cut must cross a polygon from one side to the other</source>
        <translation>The cut must cross a polygon from one side to the other</translation>
    </message>
    <message numerus="yes">
        <source>Split %n polygon(s)</source>
        <translation>
            <numerusform>Split %n polygon</numerusform>
            <numerusform>Split %n polygons</numerusform>
        </translation>
    </message>
    <message>
        <source>The pixels are still loading; try again in a moment</source>
        <translation>The pixels are still loading; try again in a moment</translation>
    </message>
    <message>
        <source>Select polygons or polylines to snap to edges</source>
        <translation>Select polygons or polylines to snap to edges</translation>
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
    <name>rwb::image::ImageSource</name>
    <message>
        <source>no temporary folder for the tile cache (%1)</source>
        <translation>no temporary folder for the tile cache (%1)</translation>
    </message>
</context>
<context>
    <name>rwb::image::JpegReader</name>
    <message>
        <source>the file cannot be opened</source>
        <translation>the file cannot be opened</translation>
    </message>
    <message>
        <source>damaged JPEG header (%1)</source>
        <translation>damaged JPEG header (%1)</translation>
    </message>
    <message>
        <source>CMYK and YCCK JPEG images are not supported</source>
        <translation>CMYK and YCCK JPEG images are not supported</translation>
    </message>
    <message>
        <source>damaged JPEG data (%1)</source>
        <translation>damaged JPEG data (%1)</translation>
    </message>
    <message>
        <source>rows were requested out of order</source>
        <translation>rows were requested out of order</translation>
    </message>
    <message>
        <source>damaged or truncated JPEG data near row %1 (%2)</source>
        <translation>damaged or truncated JPEG data near row %1 (%2)</translation>
    </message>
    <message>
        <source>not enough memory for the preview</source>
        <translation>not enough memory for the preview</translation>
    </message>
    <message>
        <source>damaged or truncated JPEG data (%1)</source>
        <translation>damaged or truncated JPEG data (%1)</translation>
    </message>
</context>
<context>
    <name>rwb::image::PngReader</name>
    <message>
        <source>the file cannot be opened</source>
        <translation>the file cannot be opened</translation>
    </message>
    <message>
        <source>not enough memory to start the PNG decoder</source>
        <translation>not enough memory to start the PNG decoder</translation>
    </message>
    <message>
        <source>damaged PNG header (%1)</source>
        <translation>damaged PNG header (%1)</translation>
    </message>
    <message>
        <source>unsupported PNG layout (%1 channels of %2 bits)</source>
        <translation>unsupported PNG layout (%1 channels of %2 bits)</translation>
    </message>
    <message>
        <source>interlaced PNG images larger than %1 MB cannot be streamed; save it without interlacing</source>
        <translation>interlaced PNG images larger than %1 MB cannot be streamed; save it without interlacing</translation>
    </message>
    <message>
        <source>not enough memory to decode the interlaced image</source>
        <translation>not enough memory to decode the interlaced image</translation>
    </message>
    <message>
        <source>damaged or truncated PNG data (%1)</source>
        <translation>damaged or truncated PNG data (%1)</translation>
    </message>
    <message>
        <source>damaged or truncated PNG data near row %1 (%2)</source>
        <translation>damaged or truncated PNG data near row %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rwb::image::ProposalPanel</name>
    <message>
        <source>Select a shape first: the model runs on the region it covers.</source>
        <translation>Select a shape first: the model runs on the region it covers.</translation>
    </message>
    <message>
        <source>Model proposals</source>
        <translation>Model proposals</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>(no class)</translation>
    </message>
    <message>
        <source>%1  %2 %  · %3</source>
        <translation>%1  %2 %  · %3</translation>
    </message>
    <message>
        <source>Model proposals (%1 open)</source>
        <translation>Model proposals (%1 open)</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n proposal(s).</source>
        <translation>
            <numerusform>Accepted %n proposal.</numerusform>
            <numerusform>Accepted %n proposals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n proposal(s).</source>
        <translation>
            <numerusform>Rejected %n proposal.</numerusform>
            <numerusform>Rejected %n proposals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n proposal(s) at or above the threshold.</source>
        <translation>
            <numerusform>Accepted %n proposal at or above the threshold.</numerusform>
            <numerusform>Accepted %n proposals at or above the threshold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted the remaining %n proposal(s).</source>
        <translation>
            <numerusform>Accepted the remaining %n proposal.</numerusform>
            <numerusform>Accepted the remaining %n proposals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 proposed %n shape(s).</source>
        <translation>
            <numerusform>%1 proposed %n shape.</numerusform>
            <numerusform>%1 proposed %n shapes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Accept all ≥</source>
        <translation>Accept all ≥</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>Confidence threshold</translation>
    </message>
    <message>
        <source>Accept the rest</source>
        <translation>Accept the rest</translation>
    </message>
    <message>
        <source>Run model (I)</source>
        <translation>Run model (I)</translation>
    </message>
    <message>
        <source>Model to run</source>
        <translation>Model to run</translation>
    </message>
    <message>
        <source>Run model on image</source>
        <translation>Run model on image</translation>
    </message>
    <message>
        <source>Run model on the selected region</source>
        <translation>Run model on the selected region</translation>
    </message>
</context>
<context>
    <name>rwb::image::PyramidBuildJob</name>
    <message>
        <source>Build image tiles</source>
        <translation>Build image tiles</translation>
    </message>
    <message>
        <source>Building tiles of %1</source>
        <translation>Building tiles of %1</translation>
    </message>
</context>
<context>
    <name>rwb::image::PyramidBuilder</name>
    <message>
        <source>not enough memory for the tile buffers</source>
        <translation>not enough memory for the tile buffers</translation>
    </message>
</context>
<context>
    <name>rwb::image::QtRasterReader</name>
    <message>
        <source>unsupported image format or damaged file</source>
        <translation>unsupported image format or damaged file</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large for a %3 image; convert it to TIFF or PNG</source>
        <translation>%1 × %2 pixels is too large for a %3 image; convert it to TIFF or PNG</translation>
    </message>
    <message>
        <source>the image cannot be decoded (%1)</source>
        <translation>the image cannot be decoded (%1)</translation>
    </message>
</context>
<context>
    <name>rwb::image::RasterReader</name>
    <message>
        <source>Cannot read image %1: %2</source>
        <translation>Cannot read image %1: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>the file cannot be opened (%1)</translation>
    </message>
    <message>
        <source>the file is empty or too short to be an image</source>
        <translation>the file is empty or too short to be an image</translation>
    </message>
    <message numerus="yes">
        <source>page %1 does not exist (the image has %n page(s))</source>
        <translation>
            <numerusform>page %1 does not exist (the image has %n page)</numerusform>
            <numerusform>page %1 does not exist (the image has %n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>the image has no pixels</source>
        <translation>the image has no pixels</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is larger than the supported %3 megapixels</source>
        <translation>%1 × %2 pixels is larger than the supported %3 megapixels</translation>
    </message>
    <message>
        <source>%1 channels of %2 bits are not supported</source>
        <translation>%1 channels of %2 bits are not supported</translation>
    </message>
    <message>
        <source>read past the last row</source>
        <translation>read past the last row</translation>
    </message>
    <message>
        <source>not enough memory for %1 rows</source>
        <translation>not enough memory for %1 rows</translation>
    </message>
</context>
<context>
    <name>rwb::image::RleMask</name>
    <message>
        <source>mask: &quot;%1&quot; must be an integer</source>
        <translation>mask: &quot;%1&quot; must be an integer</translation>
    </message>
    <message>
        <source>mask: negative size %1 × %2</source>
        <translation>mask: negative size %1 × %2</translation>
    </message>
    <message>
        <source>mask: &quot;rle&quot; must be an array of run lengths</source>
        <translation>mask: &quot;rle&quot; must be an array of run lengths</translation>
    </message>
    <message>
        <source>mask: %1 × %2 pixels is too large</source>
        <translation>mask: %1 × %2 pixels is too large</translation>
    </message>
    <message>
        <source>mask: run lengths must be non-negative integers</source>
        <translation>mask: run lengths must be non-negative integers</translation>
    </message>
    <message>
        <source>mask: the runs cover %1 pixels, the box %2</source>
        <translation>mask: the runs cover %1 pixels, the box %2</translation>
    </message>
    <message>
        <source>COCO mask: the counts cover %1 pixels, the image %2</source>
        <translation>COCO mask: the counts cover %1 pixels, the image %2</translation>
    </message>
</context>
<context>
    <name>rwb::image::Shape</name>
    <message>
        <source>&quot;%1&quot; must be a finite number</source>
        <translation>&quot;%1&quot; must be a finite number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative</source>
        <translation>&quot;%1&quot; must not be negative</translation>
    </message>
    <message>
        <source>&quot;points&quot; must be an array</source>
        <translation>&quot;points&quot; must be an array</translation>
    </message>
    <message>
        <source>%1 points given, at least %2 needed</source>
        <translation>%1 points given, at least %2 needed</translation>
    </message>
    <message>
        <source>each point must be an array of %1 numbers</source>
        <translation>each point must be an array of %1 numbers</translation>
    </message>
    <message>
        <source>point coordinates must be finite</source>
        <translation>point coordinates must be finite</translation>
    </message>
    <message>
        <source>keypoint visibility must be 0, 1 or 2</source>
        <translation>keypoint visibility must be 0, 1 or 2</translation>
    </message>
    <message>
        <source>unknown image shape &quot;%1&quot;</source>
        <translation>unknown image shape &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid %1 geometry: %2</source>
        <translation>invalid %1 geometry: %2</translation>
    </message>
    <message>
        <source>&quot;holes&quot; must be an array of rings</source>
        <translation>&quot;holes&quot; must be an array of rings</translation>
    </message>
    <message>
        <source>&quot;thickness&quot; must not be negative</source>
        <translation>&quot;thickness&quot; must not be negative</translation>
    </message>
    <message>
        <source>edges must join existing keypoints</source>
        <translation>edges must join existing keypoints</translation>
    </message>
</context>
<context>
    <name>rwb::image::TiffReader</name>
    <message>
        <source>unknown libtiff error</source>
        <translation>unknown libtiff error</translation>
    </message>
    <message>
        <source>damaged TIFF header (%1)</source>
        <translation>damaged TIFF header (%1)</translation>
    </message>
    <message numerus="yes">
        <source>page %1 does not exist (the image has %n page(s))</source>
        <translation>
            <numerusform>page %1 does not exist (the image has %n page)</numerusform>
            <numerusform>page %1 does not exist (the image has %n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bits per sample are not supported (only 8 and 16)</source>
        <translation>%1 bits per sample are not supported (only 8 and 16)</translation>
    </message>
    <message>
        <source>floating-point and signed samples are not supported</source>
        <translation>floating-point and signed samples are not supported</translation>
    </message>
    <message>
        <source>%1 samples per pixel are not supported (only 1, 3 and 4)</source>
        <translation>%1 samples per pixel are not supported (only 1, 3 and 4)</translation>
    </message>
    <message>
        <source>separate colour planes are not supported</source>
        <translation>separate colour planes are not supported</translation>
    </message>
    <message>
        <source>photometric interpretation %1 with %2 samples is not supported</source>
        <translation>photometric interpretation %1 with %2 samples is not supported</translation>
    </message>
    <message>
        <source>invalid tile size %1 × %2</source>
        <translation>invalid tile size %1 × %2</translation>
    </message>
    <message>
        <source>damaged TIFF tile at %1, %2 (%3)</source>
        <translation>damaged TIFF tile at %1, %2 (%3)</translation>
    </message>
    <message>
        <source>damaged TIFF data at row %1 (%2)</source>
        <translation>damaged TIFF data at row %1 (%2)</translation>
    </message>
    <message>
        <source>damaged TIFF strip at row %1 (%2)</source>
        <translation>damaged TIFF strip at row %1 (%2)</translation>
    </message>
    <message>
        <source>truncated TIFF strip at row %1</source>
        <translation>truncated TIFF strip at row %1</translation>
    </message>
</context>
<context>
    <name>rwb::image::TilePyramid</name>
    <message>
        <source>Tile cache %1 of image %2: %3</source>
        <translation>Tile cache %1 of image %2: %3</translation>
    </message>
    <message>
        <source>cannot open %1 (%2)</source>
        <translation>cannot open %1 (%2)</translation>
    </message>
    <message>
        <source>tile %1, %2 of level %3 is truncated</source>
        <translation>tile %1, %2 of level %3 is truncated</translation>
    </message>
    <message>
        <source>tile %1, %2 of level %3 is damaged</source>
        <translation>tile %1, %2 of level %3 is damaged</translation>
    </message>
    <message>
        <source>not enough memory for a tile</source>
        <translation>not enough memory for a tile</translation>
    </message>
    <message>
        <source>cannot remove the old manifest</source>
        <translation>cannot remove the old manifest</translation>
    </message>
    <message>
        <source>cannot remove the old cache</source>
        <translation>cannot remove the old cache</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>cannot create the folder</translation>
    </message>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>cannot write %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rwb::image::ToolController</name>
    <message>
        <source>The pixels are still loading; try again in a moment</source>
        <translation>The pixels are still loading; try again in a moment</translation>
    </message>
    <message>
        <source>GrabCut found no object in the box</source>
        <translation>GrabCut found no object in the box</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::Commands</name>
    <message>
        <source>Add edge %1 → %2</source>
        <translation>Add edge %1 → %2</translation>
    </message>
    <message>
        <source>Add evidence (annotation %1)</source>
        <translation>Add evidence (annotation %1)</translation>
    </message>
    <message>
        <source>Add node %1</source>
        <translation>Add node %1</translation>
    </message>
    <message>
        <source>Add node type %1</source>
        <translation>Add node type %1</translation>
    </message>
    <message>
        <source>Add relation type %1</source>
        <translation>Add relation type %1</translation>
    </message>
    <message>
        <source>Edit edge %1</source>
        <translation>Edit edge %1</translation>
    </message>
    <message>
        <source>Edit node %1</source>
        <translation>Edit node %1</translation>
    </message>
    <message>
        <source>Edit node type %1</source>
        <translation>Edit node type %1</translation>
    </message>
    <message>
        <source>Edit relation type %1</source>
        <translation>Edit relation type %1</translation>
    </message>
    <message>
        <source>Map label class %1 to node %2</source>
        <translation>Map label class %1 to node %2</translation>
    </message>
    <message>
        <source>Remove edge %1</source>
        <translation>Remove edge %1</translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <translation>Remove evidence %1</translation>
    </message>
    <message>
        <source>Remove node %1</source>
        <translation>Remove node %1</translation>
    </message>
    <message>
        <source>Remove node type %1</source>
        <translation>Remove node type %1</translation>
    </message>
    <message>
        <source>Remove relation type %1</source>
        <translation>Remove relation type %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::EdgeTableModel</name>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>There is no relation type &quot;%1&quot;.</source>
        <translation>There is no relation type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A confidence is a number from 0 to 1, not &quot;%1&quot;.</source>
        <translation>A confidence is a number from 0 to 1, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::EvidencePanel</name>
    <message>
        <source>no image</source>
        <translation>no image</translation>
    </message>
    <message>
        <source>outside the image</source>
        <translation>outside the image</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>no signal cache</source>
        <translation>no signal cache</translation>
    </message>
    <message>
        <source>%1, samples %2–%3</source>
        <translation>%1, samples %2–%3</translation>
    </message>
    <message>
        <source>page %1, characters %2–%3</source>
        <translation>page %1, characters %2–%3</translation>
    </message>
    <message>
        <source>Link Annotation…</source>
        <translation>Link Annotation…</translation>
    </message>
    <message>
        <source>Link an annotation of the open asset as evidence</source>
        <translation>Link an annotation of the open asset as evidence</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Open Asset</source>
        <translation>Open Asset</translation>
    </message>
    <message>
        <source>Images: %1 · Signals: %2 · Documents: %3</source>
        <translation>Images: %1 · Signals: %2 · Documents: %3</translation>
    </message>
    <message>
        <source>region %1 × %2 px at (%3, %4)</source>
        <translation>region %1 × %2 px at (%3, %4)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Select a node or an edge to see its evidence.</source>
        <translation>Select a node or an edge to see its evidence.</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Evidence for %1</translation>
    </message>
    <message>
        <source>No label class is mapped to this node.</source>
        <translation>No label class is mapped to this node.</translation>
    </message>
    <message>
        <source>Label classes: %1</source>
        <translation>Label classes: %1</translation>
    </message>
    <message>
        <source>Evidence for %1 %2 %3</source>
        <translation>Evidence for %1 %2 %3</translation>
    </message>
    <message>
        <source>Annotation %1 no longer exists</source>
        <translation>Annotation %1 no longer exists</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>no class</source>
        <translation>no class</translation>
    </message>
    <message>
        <source>Select a node or an edge first.</source>
        <translation>Select a node or an edge first.</translation>
    </message>
    <message>
        <source>Open an asset and label it first: its annotations can then be linked as evidence.</source>
        <translation>Open an asset and label it first: its annotations can then be linked as evidence.</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>The open asset has no annotations.</source>
        <translation>The open asset has no annotations.</translation>
    </message>
    <message>
        <source>Link Annotation as Evidence</source>
        <translation>Link Annotation as Evidence</translation>
    </message>
    <message>
        <source>Annotation of the open asset:</source>
        <translation>Annotation of the open asset:</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::GraphCanvas</name>
    <message>
        <source>No relation type allows an edge from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>No relation type allows an edge from &quot;%1&quot; to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>New node</source>
        <translation>New node</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n node(s) with %1…</source>
        <translation>
            <numerusform>Laying out %n node with %1…</numerusform>
            <numerusform>Laying out %n nodes with %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::GraphImporter</name>
    <message>
        <source>%1: node &quot;%2&quot; has no type</source>
        <translation>%1: node &quot;%2&quot; has no type</translation>
    </message>
    <message>
        <source>%1: unknown node types: %2</source>
        <translation>%1: unknown node types: %2</translation>
    </message>
    <message>
        <source>%1: unknown relation types: %2</source>
        <translation>%1: unknown relation types: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid type name</source>
        <translation>%1: &quot;%2&quot; is not a valid type name</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid node key</source>
        <translation>%1: &quot;%2&quot; is not a valid node key</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; appears twice</source>
        <translation>%1: node &quot;%2&quot; appears twice</translation>
    </message>
    <message>
        <source>%1: edge %2 —%3→ %4 leads to node &quot;%5&quot;, which neither the file nor the project has</source>
        <translation>%1: edge %2 —%3→ %4 leads to node &quot;%5&quot;, which neither the file nor the project has</translation>
    </message>
    <message>
        <source>%1: edge %2 —%3→ %4 has a confidence outside 0…1</source>
        <translation>%1: edge %2 —%3→ %4 has a confidence outside 0…1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>edge %1 —%2→ %3</source>
        <translation>edge %1 —%2→ %3</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>node %1</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::GraphInspector</name>
    <message>
        <source>Select a node or an edge to edit it.</source>
        <translation>Select a node or an edge to edit it.</translation>
    </message>
    <message>
        <source>separated by ;</source>
        <translation>separated by ;</translation>
    </message>
    <message>
        <source>Label (English):</source>
        <translation>Label (English):</translation>
    </message>
    <message>
        <source>Label (Chinese):</source>
        <translation>Label (Chinese):</translation>
    </message>
    <message>
        <source>Aliases (English):</source>
        <translation>Aliases (English):</translation>
    </message>
    <message>
        <source>Aliases (Chinese):</source>
        <translation>Aliases (Chinese):</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Relation:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Confidence:</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>unset</translation>
    </message>
    <message>
        <source>This node type has no properties.</source>
        <translation>This node type has no properties.</translation>
    </message>
    <message>
        <source>This relation type has no properties.</source>
        <translation>This relation type has no properties.</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::GraphLayout</name>
    <message>
        <source>Layered (dot) — causal chains</source>
        <translation>Layered (dot) — causal chains</translation>
    </message>
    <message>
        <source>Force-directed (sfdp) — large graphs</source>
        <translation>Force-directed (sfdp) — large graphs</translation>
    </message>
    <message>
        <source>Spring (neato)</source>
        <translation>Spring (neato)</translation>
    </message>
    <message>
        <source>Graphviz could not be started.</source>
        <translation>Graphviz could not be started.</translation>
    </message>
    <message>
        <source>The Graphviz layout &quot;%1&quot; failed.</source>
        <translation>The Graphviz layout &quot;%1&quot; failed.</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::GraphStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid node type name</source>
        <translation>&quot;%1&quot; is not a valid node type name</translation>
    </message>
    <message>
        <source>the ontology already has a type &quot;%1&quot;</source>
        <translation>the ontology already has a type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>node type %1 does not exist</source>
        <translation>node type %1 does not exist</translation>
    </message>
    <message numerus="yes">
        <source>node type &quot;%1&quot; is used by %n node(s)</source>
        <translation>
            <numerusform>node type &quot;%1&quot; is used by %n node</numerusform>
            <numerusform>node type &quot;%1&quot; is used by %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid relation type name</source>
        <translation>&quot;%1&quot; is not a valid relation type name</translation>
    </message>
    <message>
        <source>relation type %1 does not exist</source>
        <translation>relation type %1 does not exist</translation>
    </message>
    <message numerus="yes">
        <source>relation type &quot;%1&quot; is used by %n edge(s)</source>
        <translation>
            <numerusform>relation type &quot;%1&quot; is used by %n edge</numerusform>
            <numerusform>relation type &quot;%1&quot; is used by %n edges</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid node key (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;)</source>
        <translation>&quot;%1&quot; is not a valid node key (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; of a %2 must be of type %3</source>
        <translation>property &quot;%1&quot; of a %2 must be of type %3</translation>
    </message>
    <message>
        <source>node %1 does not exist</source>
        <translation>node %1 does not exist</translation>
    </message>
    <message>
        <source>a confidence lies between 0 and 1</source>
        <translation>a confidence lies between 0 and 1</translation>
    </message>
    <message>
        <source>a node with the key &quot;%1&quot; exists already</source>
        <translation>a node with the key &quot;%1&quot; exists already</translation>
    </message>
    <message>
        <source>a node needs a key</source>
        <translation>a node needs a key</translation>
    </message>
    <message>
        <source>edge %1 does not exist</source>
        <translation>edge %1 does not exist</translation>
    </message>
    <message>
        <source>evidence supports either a node or an edge</source>
        <translation>evidence supports either a node or an edge</translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation>annotation %1 does not exist</translation>
    </message>
    <message>
        <source>annotation %1 is already evidence for this %2</source>
        <translation>annotation %1 is already evidence for this %2</translation>
    </message>
    <message>
        <source>node</source>
        <translation>node</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>edge</translation>
    </message>
    <message>
        <source>evidence %1 does not exist</source>
        <translation>evidence %1 does not exist</translation>
    </message>
    <message>
        <source>label class %1 does not exist</source>
        <translation>label class %1 does not exist</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::KnowledgeWorkspace</name>
    <message>
        <source>Knowledge Graph</source>
        <translation>Knowledge Graph</translation>
    </message>
    <message>
        <source>Search labels and aliases…</source>
        <translation>Search labels and aliases…</translation>
    </message>
    <message>
        <source>Node Types</source>
        <translation>Node Types</translation>
    </message>
    <message>
        <source>Show or hide nodes by type</source>
        <translation>Show or hide nodes by type</translation>
    </message>
    <message>
        <source>Add Node</source>
        <translation>Add Node</translation>
    </message>
    <message>
        <source>Add a node at the centre (or double-click the canvas)</source>
        <translation>Add a node at the centre (or double-click the canvas)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Show only the selected nodes</source>
        <translation>Show only the selected nodes</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expand</translation>
    </message>
    <message>
        <source>Add the neighbours of the selected nodes</source>
        <translation>Add the neighbours of the selected nodes</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Show All</translation>
    </message>
    <message>
        <source>Clear Highlight</source>
        <translation>Clear Highlight</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation>Minimap</translation>
    </message>
    <message>
        <source>Shift+drag from a node to another to connect them</source>
        <translation>Shift+drag from a node to another to connect them</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Node Page and Evidence</source>
        <translation>Node Page and Evidence</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Queries</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Nodes and Edges</source>
        <translation>Nodes and Edges</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Edges</translation>
    </message>
    <message>
        <source>No node matches &quot;%1&quot;.</source>
        <translation>No node matches &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) found</source>
        <translation>
            <numerusform>%n node found</numerusform>
            <numerusform>%n nodes found</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Graph</source>
        <translation>Import Graph</translation>
    </message>
    <message>
        <source>Graphs (*.ttl *.nt *.csv);;All files (*)</source>
        <translation>Graphs (*.ttl *.nt *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Imported %1 nodes and %2 edges. This evidence was not linked, the project has no such annotation:
%3</source>
        <translation>Imported %1 nodes and %2 edges. This evidence was not linked, the project has no such annotation:
%3</translation>
    </message>
    <message>
        <source>Imported %1: %2 nodes and %3 edges added, %4 nodes matched</source>
        <translation>Imported %1: %2 nodes and %3 edges added, %4 nodes matched</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import a graph from Turtle, N-Triples or Neo4j CSV (one undoable step)</source>
        <translation>Import a graph from Turtle, N-Triples or Neo4j CSV (one undoable step)</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>No project is open</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::Neo4jCsv</name>
    <message>
        <source>%1: line %2: a quoted field is not closed</source>
        <translation>%1: line %2: a quoted field is not closed</translation>
    </message>
    <message>
        <source>%1: line %2: properties are not a JSON object</source>
        <translation>%1: line %2: properties are not a JSON object</translation>
    </message>
    <message>
        <source>%1: no header line</source>
        <translation>%1: no header line</translation>
    </message>
    <message>
        <source>%1: the header needs a key:ID and a :LABEL column</source>
        <translation>%1: the header needs a key:ID and a :LABEL column</translation>
    </message>
    <message>
        <source>%1: line %2: %3 fields, the header has %4</source>
        <translation>%1: line %2: %3 fields, the header has %4</translation>
    </message>
    <message>
        <source>%1: the header needs :START_ID, :END_ID and :TYPE columns</source>
        <translation>%1: the header needs :START_ID, :END_ID and :TYPE columns</translation>
    </message>
    <message>
        <source>%1: line %2: confidence &quot;%3&quot; is not a number</source>
        <translation>%1: line %2: confidence &quot;%3&quot; is not a number</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::NodeTableModel</name>
    <message>
        <source>There is no node type &quot;%1&quot;.</source>
        <translation>There is no node type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <source>Label (Chinese)</source>
        <translation>Label (Chinese)</translation>
    </message>
    <message>
        <source>Aliases (English)</source>
        <translation>Aliases (English)</translation>
    </message>
    <message>
        <source>Aliases (Chinese)</source>
        <translation>Aliases (Chinese)</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::Ontology</name>
    <message>
        <source>a node type has no name</source>
        <translation>a node type has no name</translation>
    </message>
    <message>
        <source>node type &quot;%1&quot; is defined twice</source>
        <translation>node type &quot;%1&quot; is defined twice</translation>
    </message>
    <message>
        <source>node type &quot;%1&quot; has an invalid colour &quot;%2&quot;</source>
        <translation>node type &quot;%1&quot; has an invalid colour &quot;%2&quot;</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; of &quot;%2&quot; has an unknown type &quot;%3&quot;</source>
        <translation>property &quot;%1&quot; of &quot;%2&quot; has an unknown type &quot;%3&quot;</translation>
    </message>
    <message>
        <source>a relation type has no name</source>
        <translation>a relation type has no name</translation>
    </message>
    <message>
        <source>relation type &quot;%1&quot; is defined twice</source>
        <translation>relation type &quot;%1&quot; is defined twice</translation>
    </message>
    <message>
        <source>relation type &quot;%1&quot; refers to an unknown node type &quot;%2&quot;</source>
        <translation>relation type &quot;%1&quot; refers to an unknown node type &quot;%2&quot;</translation>
    </message>
    <message>
        <source>relation type &quot;%1&quot; is symmetric but directed</source>
        <translation>relation type &quot;%1&quot; is symmetric but directed</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2 (%3)</source>
        <translation>%1: not valid JSON at offset %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not an ontology file</source>
        <translation>%1: not an ontology file</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Missing starter ontology %1</source>
        <translation>Missing starter ontology %1</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::QueryPanel</name>
    <message>
        <source>Root causes</source>
        <translation>Root causes</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>Shortest path</translation>
    </message>
    <message>
        <source>Neighbours within k</source>
        <translation>Neighbours within k</translation>
    </message>
    <message>
        <source>the selected node, or a label</source>
        <translation>the selected node, or a label</translation>
    </message>
    <message>
        <source>a label</source>
        <translation>a label</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Query:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Depth:</source>
        <translation>Depth:</translation>
    </message>
    <message>
        <source>Run Query</source>
        <translation>Run Query</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>No graph is open.</source>
        <translation>No graph is open.</translation>
    </message>
    <message>
        <source>Choose a start node: select one on the canvas or type its label.</source>
        <translation>Choose a start node: select one on the canvas or type its label.</translation>
    </message>
    <message numerus="yes">
        <source>%n root-cause chain(s) (more exist; only the first are listed)</source>
        <translation>
            <numerusform>%n root-cause chain (more exist; only the first are listed)</numerusform>
            <numerusform>%n root-cause chains (more exist; only the first are listed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n root-cause chain(s)</source>
        <translation>
            <numerusform>%n root-cause chain</numerusform>
            <numerusform>%n root-cause chains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) affected</source>
        <translation>
            <numerusform>%n node affected</numerusform>
            <numerusform>%n nodes affected</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the node the path leads to.</source>
        <translation>Choose the node the path leads to.</translation>
    </message>
    <message>
        <source>No path connects the two nodes.</source>
        <translation>No path connects the two nodes.</translation>
    </message>
    <message numerus="yes">
        <source>A path of %n step(s)</source>
        <translation>
            <numerusform>A path of %n step</numerusform>
            <numerusform>A path of %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbour(s)</source>
        <translation>
            <numerusform>%n neighbour</numerusform>
            <numerusform>%n neighbours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::RdfReader</name>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: line %2, column %3: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <source>%1: %2 MB is more than the %3 MB an RDF import may be; split the file</source>
        <translation>%1: %2 MB is more than the %3 MB an RDF import may be; split the file</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::ValidationPanel</name>
    <message>
        <source>Validate</source>
        <translation>Validate</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 error(s), %2 warning(s)</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::ValidationReportModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::Validator</name>
    <message>
        <source>edge %1 leads to a node that does not exist</source>
        <translation>edge %1 leads to a node that does not exist</translation>
    </message>
    <message>
        <source>%1: a %2 cannot be the source of &quot;%3&quot; (allowed: %4)</source>
        <translation>%1: a %2 cannot be the source of &quot;%3&quot; (allowed: %4)</translation>
    </message>
    <message>
        <source>%1: a %2 cannot be the target of &quot;%3&quot; (allowed: %4)</source>
        <translation>%1: a %2 cannot be the target of &quot;%3&quot; (allowed: %4)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3, but %4 already has %5</source>
        <translation>%1: &quot;%2&quot; is %3, but %4 already has %5</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3, but %4 is already reached by %5</source>
        <translation>%1: &quot;%2&quot; is %3, but %4 is already reached by %5</translation>
    </message>
    <message>
        <source>causal cycle through %1</source>
        <translation>causal cycle through %1</translation>
    </message>
    <message>
        <source>%1 is not connected to anything</source>
        <translation>%1 is not connected to anything</translation>
    </message>
    <message>
        <source>%1 and %2 are both called &quot;%3&quot;</source>
        <translation>%1 and %2 are both called &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 has no evidence; every &quot;%2&quot; edge needs at least one</source>
        <translation>%1 has no evidence; every &quot;%2&quot; edge needs at least one</translation>
    </message>
    <message>
        <source>evidence %1 refers to annotation %2, which no longer exists</source>
        <translation>evidence %1 refers to annotation %2, which no longer exists</translation>
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
    <message>
        <source>With open proposals</source>
        <translation>With open proposals</translation>
    </message>
    <message>
        <source>Only images with model proposals still to review</source>
        <translation>Only images with model proposals still to review</translation>
    </message>
    <message>
        <source>Queue #%1</source>
        <translation>Queue #%1</translation>
    </message>
    <message>
        <source>Sort: queue rank</source>
        <translation>Sort: queue rank</translation>
    </message>
    <message>
        <source>No labeling queue</source>
        <translation>No labeling queue</translation>
    </message>
    <message>
        <source>Only the assets of this targeted-labeling queue, in its order</source>
        <translation>Only the assets of this targeted-labeling queue, in its order</translation>
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
    <name>rwb::project::AssetRelocator</name>
    <message>
        <source>No file of the project is missing.</source>
        <translation>No file of the project is missing.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n missing file(s) found and relocated.</source>
        <translation>
            <numerusform>%1 of %n missing file found and relocated.</numerusform>
            <numerusform>%1 of %n missing files found and relocated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with the right name but other content were left alone: %1</source>
        <translation>
            <numerusform>%n file with the right name but other content was left alone: %1</numerusform>
            <numerusform>%n files with the right name but other content were left alone: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still missing: %1</source>
        <translation>
            <numerusform>Still missing: %1</numerusform>
            <numerusform>Still missing: %1</numerusform>
        </translation>
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
    <name>rwb::project::AttributeEditor</name>
    <message>
        <source>Nothing selected</source>
        <translation>Nothing selected</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) selected</source>
        <translation>
            <numerusform>%n annotation selected</numerusform>
            <numerusform>%n annotations selected</numerusform>
        </translation>
    </message>
    <message>
        <source>(several classes)</source>
        <translation>(several classes)</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>(no class)</translation>
    </message>
    <message>
        <source>Drawn by hand</source>
        <translation>Drawn by hand</translation>
    </message>
    <message>
        <source>Model %1, confidence %2</source>
        <translation>Model %1, confidence %2</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Model %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Imported from %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Rule %1</translation>
    </message>
    <message>
        <source>proposal, not yet accepted</source>
        <translation>proposal, not yet accepted</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>(several values)</translation>
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
    <name>rwb::project::LabelSchemaDialog</name>
    <message>
        <source>Yes/no</source>
        <translation>Yes/no</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Integer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Label Schema</source>
        <translation>Label Schema</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Add Class</source>
        <translation>Add Class</translation>
    </message>
    <message>
        <source>Add Subclass</source>
        <translation>Add Subclass</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>English title:</source>
        <translation>English title:</translation>
    </message>
    <message>
        <source>Chinese title:</source>
        <translation>Chinese title:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>Shortcut:</source>
        <translation>Shortcut:</translation>
    </message>
    <message>
        <source>Parent class:</source>
        <translation>Parent class:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <source>Shapes (none: all):</source>
        <translation>Shapes (none: all):</translation>
    </message>
    <message>
        <source>Attributes of this class and of all classes</source>
        <translation>Attributes of this class and of all classes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Choices (comma-separated)</source>
        <translation>Choices (comma-separated)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>Add Attribute</translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation>Remove Attribute</translation>
    </message>
    <message>
        <source>Changes apply at once and can be undone with Ctrl+Z.</source>
        <translation>Changes apply at once and can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Class Colour</source>
        <translation>Class Colour</translation>
    </message>
    <message>
        <source>new_class</source>
        <translation>new_class</translation>
    </message>
    <message>
        <source>Only this class</source>
        <translation>Only this class</translation>
    </message>
    <message>
        <source>Every class</source>
        <translation>Every class</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>attribute</translation>
    </message>
    <message>
        <source>Labels of this class may overlap (time ranges, text spans)</source>
        <translation>Labels of this class may overlap (time ranges, text spans)</translation>
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
    <name>rwb::project::ReviewPanel</name>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>No asset open</source>
        <translation>No asset open</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Assigned to:</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <source>Review comment:</source>
        <translation>Review comment:</translation>
    </message>
    <message>
        <source>What to fix, or why it was rejected</source>
        <translation>What to fix, or why it was rejected</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Needs Review</source>
        <translation>Needs Review</translation>
    </message>
</context>
<context>
    <name>rwb::project::SpatialIndexJob</name>
    <message>
        <source>Indexing annotation extents</source>
        <translation>Indexing annotation extents</translation>
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
    <name>rwb::project::shape</name>
    <message>
        <source>rectangle</source>
        <translation>rectangle</translation>
    </message>
    <message>
        <source>rotated rectangle</source>
        <translation>rotated rectangle</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>polygon</translation>
    </message>
    <message>
        <source>polyline</source>
        <translation>polyline</translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <source>keypoints</source>
        <translation>keypoints</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>mask</translation>
    </message>
    <message>
        <source>ellipse</source>
        <translation>ellipse</translation>
    </message>
    <message>
        <source>image tag</source>
        <translation>image tag</translation>
    </message>
    <message>
        <source>range</source>
        <translation>range</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>text span</source>
        <translation>text span</translation>
    </message>
    <message>
        <source>page region</source>
        <translation>page region</translation>
    </message>
    <message>
        <source>relation type</source>
        <translation>relation type</translation>
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
    <message>
        <source>cannot copy the bundled model</source>
        <translation>cannot copy the bundled model</translation>
    </message>
</context>
<context>
    <name>rwb::sample::VibrationGenerator</name>
    <message>
        <source>could not write %1</source>
        <translation>could not write %1</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::CsvImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>cannot map the file: %1</source>
        <translation>cannot map the file: %1</translation>
    </message>
    <message>
        <source>no data rows</source>
        <translation>no data rows</translation>
    </message>
    <message>
        <source>%1 fields, expected %2 (ragged row)</source>
        <translation>%1 fields, expected %2 (ragged row)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a time stamp</source>
        <translation>column &quot;%1&quot;: &quot;%2&quot; is not a time stamp</translation>
    </message>
    <message>
        <source>no numeric column</source>
        <translation>no numeric column</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import cancelled</translation>
    </message>
    <message>
        <source>mixed time zones: some time stamps have a zone (Z or an offset), others have none</source>
        <translation>mixed time zones: some time stamps have a zone (Z or an offset), others have none</translation>
    </message>
    <message>
        <source>duplicated time stamp (the same as the previous row&apos;s)</source>
        <translation>duplicated time stamp (the same as the previous row&apos;s)</translation>
    </message>
    <message>
        <source>time stamps are not sorted (earlier than the previous row&apos;s)</source>
        <translation>time stamps are not sorted (earlier than the previous row&apos;s)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a number</source>
        <translation>column &quot;%1&quot;: &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>%1: the time stamps have no time zone; they were read as UTC</source>
        <translation>%1: the time stamps have no time zone; they were read as UTC</translation>
    </message>
    <message>
        <source>%1: %2 empty cell(s) read as gaps (NaN)</source>
        <translation>%1: %2 empty cell(s) read as gaps (NaN)</translation>
    </message>
    <message>
        <source>the sample rate must be positive</source>
        <translation>the sample rate must be positive</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalAligner</name>
    <message>
        <source>%1: file %2 of the group is missing</source>
        <translation>%1: file %2 of the group is missing</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file has changed since the signal group %2 was made (SHA-256 differs)</source>
        <translation>%1: the file has changed since the signal group %2 was made (SHA-256 differs)</translation>
    </message>
    <message>
        <source>%1: has a time column; the sampling rate given for it is not used</source>
        <translation>%1: has a time column; the sampling rate given for it is not used</translation>
    </message>
    <message>
        <source>%1: a sound file has its own sampling rate; it cannot be given in the group</source>
        <translation>%1: a sound file has its own sampling rate; it cannot be given in the group</translation>
    </message>
    <message>
        <source>%1: a signal group can hold delimited text and sound files, not .%2</source>
        <translation>%1: a signal group can hold delimited text and sound files, not .%2</translation>
    </message>
    <message>
        <source>%1: the file holds no samples</source>
        <translation>%1: the file holds no samples</translation>
    </message>
    <message>
        <source>%1: two files of the group have the same name and channel names</source>
        <translation>%1: two files of the group have the same name and channel names</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>%1: the files have no time in common (%2). Check their start and offset, or keep the span of all files.</source>
        <translation>%1: the files have no time in common (%2). Check their start and offset, or keep the span of all files.</translation>
    </message>
    <message>
        <source>%1: only the part within the time span of %2 is kept</source>
        <translation>%1: only the part within the time span of %2 is kept</translation>
    </message>
    <message>
        <source>%1: on the grid of %2 the group would need %3 samples per channel (the files hold %4 in all): the files lie far apart in time (%5). Check their start and offset, or choose another reference or the union of time stamps.</source>
        <translation>%1: on the grid of %2 the group would need %3 samples per channel (the files hold %4 in all): the files lie far apart in time (%5). Check their start and offset, or choose another reference or the union of time stamps.</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelled</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalAnnotator</name>
    <message>
        <source>Time-series annotator</source>
        <translation>Time-series annotator</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalAnnotatorWidget</name>
    <message>
        <source>Change class</source>
        <translation>Change class</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Set %1</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>Fit All</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Threshold…</source>
        <translation>Threshold…</translation>
    </message>
    <message>
        <source>Propose ranges where the current channel leaves a band of values</source>
        <translation>Propose ranges where the current channel leaves a band of values</translation>
    </message>
    <message>
        <source>Z-score…</source>
        <translation>Z-score…</translation>
    </message>
    <message>
        <source>Propose ranges of outliers against a rolling mean and deviation</source>
        <translation>Propose ranges of outliers against a rolling mean and deviation</translation>
    </message>
    <message>
        <source>Change Points…</source>
        <translation>Change Points…</translation>
    </message>
    <message>
        <source>Propose events where the level of the current channel shifts (CUSUM)</source>
        <translation>Propose events where the level of the current channel shifts (CUSUM)</translation>
    </message>
    <message>
        <source>Labels on this signal</source>
        <translation>Labels on this signal</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Asset %1 is not in the project.</source>
        <translation>Asset %1 is not in the project.</translation>
    </message>
    <message>
        <source>%1 is missing. Move it back, or use Asset ▸ Relocate Missing Files… to point the project at the folder it is in now.</source>
        <translation>%1 is missing. Move it back, or use Asset ▸ Relocate Missing Files… to point the project at the folder it is in now.</translation>
    </message>
    <message>
        <source>Reading %1 into the signal cache…</source>
        <translation>Reading %1 into the signal cache…</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>(no class)</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>proposal</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n label(s)</source>
        <translation>
            <numerusform>Delete %n label</numerusform>
            <numerusform>Delete %n labels</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule found nothing on %1</source>
        <translation>The rule found nothing on %1</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) from %1</source>
        <translation>
            <numerusform>%n proposal from %1</numerusform>
            <numerusform>%n proposals from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) to review</source>
        <translation>
            <numerusform>%n proposal to review</numerusform>
            <numerusform>%n proposals to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Lowest normal value of %1:</source>
        <translation>Lowest normal value of %1:</translation>
    </message>
    <message>
        <source>Highest normal value of %1:</source>
        <translation>Highest normal value of %1:</translation>
    </message>
    <message>
        <source>Rolling Z-score</source>
        <translation>Rolling Z-score</translation>
    </message>
    <message>
        <source>Window (samples):</source>
        <translation>Window (samples):</translation>
    </message>
    <message>
        <source>Outlier above |z| of:</source>
        <translation>Outlier above |z| of:</translation>
    </message>
    <message>
        <source>Change Points</source>
        <translation>Change Points</translation>
    </message>
    <message>
        <source>Alarm limit (standard deviations):</source>
        <translation>Alarm limit (standard deviations):</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Vertical scale of the current channel (display only)</source>
        <translation>Vertical scale of the current channel (display only)</translation>
    </message>
    <message>
        <source>Vertical shift of the current channel, in lane heights (display only)</source>
        <translation>Vertical shift of the current channel, in lane heights (display only)</translation>
    </message>
    <message>
        <source>Labels of class %1 may not overlap, and this one would overlap another at #%2 (the label schema decides; Edit ▸ Label Schema…)</source>
        <translation>Labels of class %1 may not overlap, and this one would overlap another at #%2 (the label schema decides; Edit ▸ Label Schema…)</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalCacheBuilder</name>
    <message>
        <source>%1: not a signal file this program reads (.%2)</source>
        <translation>%1: not a signal file this program reads (.%2)</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalCacheWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot create the temporary file %1: %2</source>
        <translation>cannot create the temporary file %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>time stamps missing</source>
        <translation>time stamps missing</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>the sample rate must be positive</source>
        <translation>the sample rate must be positive</translation>
    </message>
    <message>
        <source>too many or too long channel names for the cache header (%1 bytes of %2)</source>
        <translation>too many or too long channel names for the cache header (%1 bytes of %2)</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>cannot create %1: %2</translation>
    </message>
    <message>
        <source>cannot rename %1 into place: %2</source>
        <translation>cannot rename %1 into place: %2</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalData</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a signal cache file (shorter than its header)</source>
        <translation>not a signal cache file (shorter than its header)</translation>
    </message>
    <message>
        <source>cannot map the file: %1</source>
        <translation>cannot map the file: %1</translation>
    </message>
    <message>
        <source>not a signal cache file (wrong magic)</source>
        <translation>not a signal cache file (wrong magic)</translation>
    </message>
    <message>
        <source>signal cache format version %1 is not supported (expected %2)</source>
        <translation>signal cache format version %1 is not supported (expected %2)</translation>
    </message>
    <message>
        <source>damaged signal cache header (metadata length)</source>
        <translation>damaged signal cache header (metadata length)</translation>
    </message>
    <message>
        <source>damaged signal cache header (channel or sample count)</source>
        <translation>damaged signal cache header (channel or sample count)</translation>
    </message>
    <message>
        <source>damaged signal cache header (sample rate)</source>
        <translation>damaged signal cache header (sample rate)</translation>
    </message>
    <message>
        <source>truncated or damaged signal cache (%1 bytes, expected %2)</source>
        <translation>truncated or damaged signal cache (%1 bytes, expected %2)</translation>
    </message>
    <message>
        <source>damaged signal cache header (metadata: %1)</source>
        <translation>damaged signal cache header (metadata: %1)</translation>
    </message>
    <message>
        <source>damaged signal cache header (%1 channel names for %2 channels)</source>
        <translation>damaged signal cache header (%1 channel names for %2 channels)</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalGroup</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>not valid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>not a signal group file (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>not a signal group file (&quot;format&quot; is not &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>written by a newer version (format %1; this program reads up to %2)</source>
        <translation>written by a newer version (format %1; this program reads up to %2)</translation>
    </message>
    <message>
        <source>unknown grid &quot;%1&quot; (reference or union)</source>
        <translation>unknown grid &quot;%1&quot; (reference or union)</translation>
    </message>
    <message>
        <source>unknown fill &quot;%1&quot; (hold or linear)</source>
        <translation>unknown fill &quot;%1&quot; (hold or linear)</translation>
    </message>
    <message>
        <source>unknown span &quot;%1&quot; (all or overlap)</source>
        <translation>unknown span &quot;%1&quot; (all or overlap)</translation>
    </message>
    <message>
        <source>the group lists no files</source>
        <translation>the group lists no files</translation>
    </message>
    <message>
        <source>file %1 of the group has no path</source>
        <translation>file %1 of the group has no path</translation>
    </message>
    <message>
        <source>%1: start &quot;%2&quot; is not an ISO-8601 time</source>
        <translation>%1: start &quot;%2&quot; is not an ISO-8601 time</translation>
    </message>
    <message>
        <source>%1: offset is not a number</source>
        <translation>%1: offset is not a number</translation>
    </message>
    <message>
        <source>%1: the sampling rate must be a positive number of Hz</source>
        <translation>%1: the sampling rate must be a positive number of Hz</translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; is not one of the group&apos;s files</source>
        <translation>the reference &quot;%1&quot; is not one of the group&apos;s files</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>too large for a signal group file (%1 bytes)</source>
        <translation>too large for a signal group file (%1 bytes)</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalGroupDialog</name>
    <message>
        <source>Import Signals Aligned on Time</source>
        <translation>Import Signals Aligned on Time</translation>
    </message>
    <message>
        <source>Files recorded side by side become one asset with every channel on one time axis. Give the start of files without clock time (sound recordings), a clock offset, or the sampling rate of files without a time column.</source>
        <translation>Files recorded side by side become one asset with every channel on one time axis. Give the start of files without clock time (sound recordings), a clock offset, or the sampling rate of files without a time column.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Start (UTC, ISO 8601)</source>
        <translation>Start (UTC, ISO 8601)</translation>
    </message>
    <message>
        <source>Offset (s)</source>
        <translation>Offset (s)</translation>
    </message>
    <message>
        <source>Rate (Hz)</source>
        <translation>Rate (Hz)</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Add Files…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Grid of the reference file</source>
        <translation>Grid of the reference file</translation>
    </message>
    <message>
        <source>Every time stamp of every file</source>
        <translation>Every time stamp of every file</translation>
    </message>
    <message>
        <source>Hold the last value</source>
        <translation>Hold the last value</translation>
    </message>
    <message>
        <source>Interpolate linearly</source>
        <translation>Interpolate linearly</translation>
    </message>
    <message>
        <source>From the first file&apos;s start to the last file&apos;s end</source>
        <translation>From the first file&apos;s start to the last file&apos;s end</translation>
    </message>
    <message>
        <source>Only the time every file covers</source>
        <translation>Only the time every file covers</translation>
    </message>
    <message>
        <source>name of the group file in the project folder</source>
        <translation>name of the group file in the project folder</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>Time axis:</source>
        <translation>Time axis:</translation>
    </message>
    <message>
        <source>Between samples:</source>
        <translation>Between samples:</translation>
    </message>
    <message>
        <source>Span:</source>
        <translation>Span:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import Signals Aligned on &amp;Time…</source>
        <translation>Import Signals Aligned on &amp;Time…</translation>
    </message>
    <message>
        <source>Several signal files recorded side by side as one asset on one time axis</source>
        <translation>Several signal files recorded side by side as one asset on one time axis</translation>
    </message>
    <message>
        <source>Signal Files</source>
        <translation>Signal Files</translation>
    </message>
    <message>
        <source>Signals (%1)</source>
        <translation>Signals (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>The file with the finest sampling</source>
        <translation>The file with the finest sampling</translation>
    </message>
    <message>
        <source>Add at least two files.</source>
        <translation>Add at least two files.</translation>
    </message>
    <message>
        <source>%1: the start &quot;%2&quot; is not a date and time such as 2026-03-02T06:00:00Z.</source>
        <translation>%1: the start &quot;%2&quot; is not a date and time such as 2026-03-02T06:00:00Z.</translation>
    </message>
    <message>
        <source>%1: the offset &quot;%2&quot; is not a number of seconds.</source>
        <translation>%1: the offset &quot;%2&quot; is not a number of seconds.</translation>
    </message>
    <message>
        <source>%1: the rate &quot;%2&quot; is not a positive number of Hz.</source>
        <translation>%1: the rate &quot;%2&quot; is not a positive number of Hz.</translation>
    </message>
    <message>
        <source>Give the group a file name (without folders).</source>
        <translation>Give the group a file name (without folders).</translation>
    </message>
    <message>
        <source>%1 exists already in the project folder; choose another name.</source>
        <translation>%1 exists already in the project folder; choose another name.</translation>
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
    <message>
        <source>%1: a group cannot hold another group</source>
        <translation>%1: a group cannot hold another group</translation>
    </message>
    <message>
        <source>file %1 of the group is missing</source>
        <translation>file %1 of the group is missing</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalView</name>
    <message>
        <source>gap</source>
        <translation>gap</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SoundImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no channels or no sample rate</source>
        <translation>no channels or no sample rate</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import cancelled</translation>
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
