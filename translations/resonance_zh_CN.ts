<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rwb::app::MainWindow</name>
    <message>
        <source>Resonance projects (*.rwb)</source>
        <translation>Resonance 项目 (*.rwb)</translation>
    </message>
    <message>
        <source>The new user name applies when a project is opened.</source>
        <translation>新的用户名将在打开项目时生效。</translation>
    </message>
    <message>
        <source>Cannot Create Project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Choose another name, or open it with File ▸ Open Project….</source>
        <translation>“%1”已存在。请换一个名称，或通过“文件 ▸ 打开项目…”打开它。</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot Change the Project</source>
        <translation>无法修改项目</translation>
    </message>
    <message>
        <source>Jobs Are Running</source>
        <translation>有任务正在运行</translation>
    </message>
    <message>
        <source>Some jobs have not finished. Cancel them and quit? What they have done so far is kept.</source>
        <translation>部分任务尚未完成。要取消这些任务并退出吗？它们已完成的部分会被保留。</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Cannot Redo</source>
        <translation>无法重做</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Asset</source>
        <translation>素材(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a project file</source>
        <translation>创建项目文件</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>打开项目文件</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Add images, signals or documents to the project</source>
        <translation>向项目添加图像、信号或文档</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Add every supported file of a folder and its subfolders</source>
        <translation>添加文件夹及其子文件夹中所有受支持的文件</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Previous Asset</source>
        <translation>上一个素材(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Asset</source>
        <translation>下一个素材(&amp;N)</translation>
    </message>
    <message>
        <source>Mark as &amp;Done</source>
        <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Set the status of the open asset to done</source>
        <translation>将当前打开的素材的状态设为已完成</translation>
    </message>
    <message>
        <source>&amp;About Resonance Workbench</source>
        <translation>关于 Resonance Workbench(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>Label Classes</source>
        <translation>标签类别</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Running jobs</source>
        <translation>正在运行的任务</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
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
            <numerusform>%n 个素材，%1 个已完成</numerusform>
        </translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Supported files (%1)</source>
        <translation>受支持的文件 (%1)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>About Resonance Workbench</source>
        <translation>关于 Resonance Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Resonance Workbench %1&lt;/h3&gt;&lt;p&gt;An offline workbench for industrial datasets: label images, time series and documents, build knowledge graphs of industry mechanisms, and publish versioned datasets.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Resonance Workbench %1&lt;/h3&gt;&lt;p&gt;面向工业数据集的离线工作台：标注图像、时序数据和文档，构建工业机理知识图谱，并发布带版本的数据集。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>已跳过 %n 个重复文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n 个文件无法导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: same content as another file of this import</source>
        <translation>%1：与本次导入中的另一个文件内容相同</translation>
    </message>
    <message>
        <source>%1: same content as %2</source>
        <translation>%1：与 %2 内容相同</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <source>&amp;Label Schema…</source>
        <translation>标签体系(&amp;L)…</translation>
    </message>
    <message>
        <source>Edit the label classes and their attributes</source>
        <translation>编辑标签类别及其属性</translation>
    </message>
    <message>
        <source>Import Label Schema…</source>
        <translation>导入标签体系…</translation>
    </message>
    <message>
        <source>Merge label classes and attributes from a JSON file</source>
        <translation>从 JSON 文件合并标签类别和属性</translation>
    </message>
    <message>
        <source>Export Label Schema…</source>
        <translation>导出标签体系…</translation>
    </message>
    <message>
        <source>Save the label classes and attributes as a JSON file</source>
        <translation>将标签类别和属性保存为 JSON 文件</translation>
    </message>
    <message>
        <source>Import Label Schema</source>
        <translation>导入标签体系</translation>
    </message>
    <message>
        <source>Label schema (*.json);;All files (*)</source>
        <translation>标签体系 (*.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) added</source>
        <translation>
            <numerusform>已添加 %n 个标签类别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) added</source>
        <translation>
            <numerusform>已添加 %n 个属性</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Import Label Schema</source>
        <translation>无法导入标签体系</translation>
    </message>
    <message>
        <source>Export Label Schema</source>
        <translation>导出标签体系</translation>
    </message>
    <message>
        <source>Label schema (*.json)</source>
        <translation>标签体系 (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot Export Label Schema</source>
        <translation>无法导出标签体系</translation>
    </message>
    <message>
        <source>Every asset is labeled: none is left to do or in progress.</source>
        <translation>所有素材均已标注：没有待标注或标注中的素材。</translation>
    </message>
    <message>
        <source>No other asset is waiting for review.</source>
        <translation>没有其他待审核的素材。</translation>
    </message>
    <message>
        <source>Folder the Missing Files Are In Now</source>
        <translation>缺失文件现在所在的文件夹</translation>
    </message>
    <message>
        <source>Relocate Missing Files</source>
        <translation>重新定位缺失文件</translation>
    </message>
    <message>
        <source>Next &amp;Unfinished</source>
        <translation>下一个未完成(&amp;U)</translation>
    </message>
    <message>
        <source>Open the next asset still to do or in progress</source>
        <translation>打开下一个待标注或标注中的素材</translation>
    </message>
    <message>
        <source>Next Needing &amp;Review</source>
        <translation>下一个待审核(&amp;R)</translation>
    </message>
    <message>
        <source>Open the next asset waiting for review</source>
        <translation>打开下一个待审核的素材</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Accept the open asset&apos;s labels as reviewer, with the comment typed</source>
        <translation>以审核员身份接受当前素材的标注，并附上所填评语</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
    <message>
        <source>Reject the open asset&apos;s labels as reviewer, with the comment typed</source>
        <translation>以审核员身份拒绝当前素材的标注，并附上所填评语</translation>
    </message>
    <message>
        <source>Re&amp;locate Missing Files…</source>
        <translation>重新定位缺失文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Find moved files in a folder and point the project at them</source>
        <translation>在文件夹中查找被移动的文件，并让项目指向它们</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>&amp;Knowledge Graph</source>
        <translation>知识图谱(&amp;K)</translation>
    </message>
    <message>
        <source>Edit the project&apos;s mechanism graph with its evidence</source>
        <translation>编辑项目的机理图谱及其证据</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <source>Evaluate a model run, diagnose the dataset and plan targeted labeling</source>
        <translation>评估模型运行、诊断数据集并规划定向标注</translation>
    </message>
</context>
<context>
    <name>rwb::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Your edits and reviews are recorded under this name. A change applies to projects opened afterwards.</source>
        <translation>您的编辑和审核将以此名称记录。修改后对之后打开的项目生效。</translation>
    </message>
    <message>
        <source>&amp;Thumbnail size:</source>
        <translation>缩略图大小(&amp;T)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>%1 is used by: %2</source>
        <translation>%1 被以下操作占用：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Resolve the key conflicts first</source>
        <translation>请先解决快捷键冲突</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>快捷键：</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>All Defaults</source>
        <translation>全部恢复默认</translation>
    </message>
</context>
<context>
    <name>rwb::app::main</name>
    <message>
        <source>Resonance Workbench: offline labeling of industrial data.</source>
        <translation>Resonance Workbench：工业数据离线标注。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en (default: as in Preferences).</source>
        <translation>界面语言：zh_CN 或 en（默认：与首选项一致）。</translation>
    </message>
    <message>
        <source>Render the main window to the PNG &lt;file&gt; once it has settled, then quit.</source>
        <translation>主窗口加载完成后将其渲染为 PNG 文件 &lt;file&gt;，然后退出。</translation>
    </message>
    <message>
        <source>Open the asset with this id after the project (screenshots, bug reports).</source>
        <translation>打开项目后再打开此 id 的素材（用于截图、问题报告）。</translation>
    </message>
    <message>
        <source>Project file (*.rwb) to open.</source>
        <translation>要打开的项目文件（*.rwb）。</translation>
    </message>
    <message>
        <source>resonance: unknown language &apos;%1&apos; (use %2)</source>
        <translation>resonance：未知语言“%1”（请使用 %2）</translation>
    </message>
    <message>
        <source>resonance: give at most one project file</source>
        <translation>resonance：最多只能指定一个项目文件</translation>
    </message>
    <message>
        <source>Zoom the open image to this percentage, centred, or a signal by this percentage about its first label (screenshots).</source>
        <translation>将打开的图像缩放到此百分比并居中，或将信号围绕其第一个标签按此百分比放大（用于截图）。</translation>
    </message>
    <message>
        <source>Show the knowledge graph after the project, with the root-cause chains of the node with this key (screenshots).</source>
        <translation>打开项目后显示知识图谱，并显示具有此键的节点的根因链（用于截图）。</translation>
    </message>
    <message>
        <source>Show this page (1-based) of the open PDF document (screenshots).</source>
        <translation>显示所打开 PDF 文档的此页（从 1 开始，用于截图）。</translation>
    </message>
    <message>
        <source>Show the evaluation dashboard after the project and evaluate this model run (screenshots).</source>
        <translation>打开项目后显示评估面板，并评估此模型运行（用于截图）。</translation>
    </message>
    <message>
        <source>Dashboard tab to show with --evaluation, from 0 (screenshots).</source>
        <translation>与 --evaluation 一起使用时显示的面板选项卡，从 0 开始（用于截图）。</translation>
    </message>
</context>
<context>
    <name>rwb::assist::DnnBackends</name>
    <message>
        <source>This OpenCV build (%1) has no backend &quot;%2&quot; (it offers %3); running on the CPU.</source>
        <translation>此 OpenCV 构建（%1）没有后端“%2”（可用后端：%3）；改为在 CPU 上运行。</translation>
    </message>
</context>
<context>
    <name>rwb::assist::ModelManifest</name>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation>%1：不是 JSON 对象（偏移 %3 处：%2）</translation>
    </message>
    <message>
        <source>not a model manifest (&quot;format&quot; must be &quot;rwb-model&quot;)</source>
        <translation>不是模型清单（&quot;format&quot; 必须为 &quot;rwb-model&quot;）</translation>
    </message>
    <message>
        <source>manifest version %1 is not supported (expected 1)</source>
        <translation>不支持清单版本 %1（应为 1）</translation>
    </message>
    <message>
        <source>the manifest has no &quot;id&quot;</source>
        <translation>清单中没有 &quot;id&quot;</translation>
    </message>
    <message>
        <source>the manifest names no &quot;model&quot; file</source>
        <translation>清单中未指定 &quot;model&quot; 文件</translation>
    </message>
    <message>
        <source>the model file %1 does not exist</source>
        <translation>模型文件 %1 不存在</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot; (expected one of %2)</source>
        <translation>未知任务 &quot;%1&quot;（应为 %2 之一）</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot; (expected one of %2)</source>
        <translation>未知布局 &quot;%1&quot;（应为 %2 之一）</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; and layout &quot;%2&quot; do not go together</source>
        <translation>任务 &quot;%1&quot; 与布局 &quot;%2&quot; 不匹配</translation>
    </message>
    <message>
        <source>layout &quot;yolov10&quot; has no masks; segmentation needs &quot;yolov8&quot; or &quot;yolov5&quot;</source>
        <translation>布局 &quot;yolov10&quot; 不含掩码；分割需要 &quot;yolov8&quot; 或 &quot;yolov5&quot;</translation>
    </message>
    <message>
        <source>&quot;input&quot;: &quot;length&quot; must be at least 8</source>
        <translation>&quot;input&quot;：&quot;length&quot; 至少为 8</translation>
    </message>
    <message>
        <source>&quot;input&quot;: width and height must be between 8 and 8192 (got %1 × %2)</source>
        <translation>&quot;input&quot;：宽度和高度必须在 8 到 8192 之间（实际为 %1 × %2）</translation>
    </message>
    <message>
        <source>&quot;input&quot;: channels must be 1 or 3</source>
        <translation>&quot;input&quot;：channels 必须为 1 或 3</translation>
    </message>
    <message>
        <source>&quot;input&quot;: channel_order must be &quot;rgb&quot; or &quot;bgr&quot;</source>
        <translation>&quot;input&quot;：channel_order 必须为 &quot;rgb&quot; 或 &quot;bgr&quot;</translation>
    </message>
    <message>
        <source>&quot;input&quot;: std must be positive</source>
        <translation>&quot;input&quot;：std 必须为正数</translation>
    </message>
    <message>
        <source>the manifest lists no &quot;classes&quot;</source>
        <translation>清单中未列出 &quot;classes&quot;</translation>
    </message>
    <message>
        <source>&quot;label_map&quot; names &quot;%1&quot;, which is not one of the model&apos;s classes</source>
        <translation>&quot;label_map&quot; 中的 &quot;%1&quot; 不是模型的类别之一</translation>
    </message>
    <message>
        <source>confidence and NMS thresholds must lie in [0, 1]</source>
        <translation>置信度阈值和 NMS 阈值必须在 [0, 1] 范围内</translation>
    </message>
    <message>
        <source>&quot;tiling&quot;: the overlap must be less than half the tile</source>
        <translation>&quot;tiling&quot;：重叠必须小于切片的一半</translation>
    </message>
</context>
<context>
    <name>rwb::assist::ModelRunner</name>
    <message>
        <source>%1: OpenCV %2 cannot load the model (ONNX opset %3): %4</source>
        <translation>%1：OpenCV %2 无法加载该模型（ONNX opset %3）：%4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1: OpenCV %2 read no network from the file</source>
        <translation>%1：OpenCV %2 未能从文件中读取网络</translation>
    </message>
    <message>
        <source>%1: the model does not run with a %2 × %3 input in OpenCV %4: %5</source>
        <translation>%1：在 OpenCV %4 中，该模型无法以 %2 × %3 的输入运行：%5</translation>
    </message>
    <message>
        <source>%1 failed (%2); running on the CPU.</source>
        <translation>%1 失败（%2）；改为在 CPU 上运行。</translation>
    </message>
    <message>
        <source>%1: the model does not run in OpenCV %2: %3</source>
        <translation>%1：该模型无法在 OpenCV %2 中运行：%3</translation>
    </message>
    <message>
        <source>%1: the outputs %2 fit no known layout; write a manifest (%3.json) that says what the model gives</source>
        <translation>%1：输出 %2 不符合任何已知布局；请编写清单（%3.json）说明模型的输出</translation>
    </message>
    <message numerus="yes">
        <source>No manifest: read as %1 with %n class(es) from the output shape.</source>
        <translation>
            <numerusform>No manifest: read as %1 with %n class(es) from the output shape.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not match its model %2: %3</source>
        <translation>%1 与其模型 %2 不匹配：%3</translation>
    </message>
    <message>
        <source>The manifest</source>
        <translation>清单</translation>
    </message>
</context>
<context>
    <name>rwb::assist::ModelValidator</name>
    <message>
        <source>the model has no outputs</source>
        <translation>模型没有输出</translation>
    </message>
    <message>
        <source>the model gives %1 but the manifest&apos;s %2 classes need [1, %2]</source>
        <translation>模型给出 %1，但清单中的 %2 个类别需要 [1, %2]</translation>
    </message>
    <message>
        <source>the model gives %1 but the manifest&apos;s input length %2 needs [1, 1, 1, %2]</source>
        <translation>模型给出 %1，但清单中的输入长度 %2 需要 [1, 1, 1, %2]</translation>
    </message>
    <message>
        <source>the model gives %1 but layout &quot;%2&quot; needs a 3-D output</source>
        <translation>模型给出 %1，但布局 &quot;%2&quot; 需要三维输出</translation>
    </message>
    <message>
        <source>the model gives %1 but a segmentation model needs a second output with mask prototypes [1, nm, h, w]</source>
        <translation>模型给出 %1，但分割模型需要第二个输出，即掩码原型 [1, nm, h, w]</translation>
    </message>
    <message>
        <source>the model gives %1 but the manifest&apos;s %2 classes need [1, %3, N] for layout &quot;yolov8&quot;%4</source>
        <translation>模型给出 %1，但对于布局 &quot;yolov8&quot;%4，清单中的 %2 个类别需要 [1, %3, N]</translation>
    </message>
    <message>
        <source> with an angle</source>
        <translation>（含角度）</translation>
    </message>
    <message>
        <source> with %1 mask coefficients</source>
        <translation>（含 %1 个掩码系数）</translation>
    </message>
    <message>
        <source>the model gives %1 but the manifest&apos;s %2 classes need [1, N, %3] for layout &quot;yolov5&quot;</source>
        <translation>模型给出 %1，但对于布局 &quot;yolov5&quot;，清单中的 %2 个类别需要 [1, N, %3]</translation>
    </message>
    <message>
        <source>the model gives %1 but layout &quot;yolov10&quot; needs [1, K, %2]</source>
        <translation>模型给出 %1，但布局 &quot;yolov10&quot; 需要 [1, K, %2]</translation>
    </message>
</context>
<context>
    <name>rwb::assist::PreannotateJob</name>
    <message>
        <source>Pre-annotating with a model</source>
        <translation>正在使用模型预标注</translation>
    </message>
    <message>
        <source>%1 is a time-series model; pre-annotation of images needs a detect, segment, obb or classify model</source>
        <translation>%1 是时间序列模型；图像预标注需要 detect、segment、obb 或 classify 模型</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>正在加载 %1</translation>
    </message>
    <message>
        <source>OpenCV cannot read the image (unknown format, damaged, or too large for memory)</source>
        <translation>OpenCV 无法读取该图像（格式未知、文件损坏，或图像过大、内存不足）</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>not enough memory for the image</source>
        <translation>内存不足，无法加载该图像</translation>
    </message>
    <message>
        <source>%1 of %2 images, %3 proposals</source>
        <translation>%1 / %2 张图像，%3 个候选标注</translation>
    </message>
</context>
<context>
    <name>rwb::assist::ProposalReview</name>
    <message numerus="yes">
        <source>Accept %n proposal(s)</source>
        <translation>
            <numerusform>Accept %n proposal(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n proposal(s)</source>
        <translation>
            <numerusform>Reject %n proposal(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept proposals with confidence ≥ %1</source>
        <translation>接受置信度 ≥ %1 的候选标注</translation>
    </message>
    <message>
        <source>Accept the remaining proposals</source>
        <translation>接受其余候选标注</translation>
    </message>
    <message>
        <source>The image is no longer in the project.</source>
        <translation>该图像已不在项目中。</translation>
    </message>
    <message>
        <source>%1: OpenCV cannot read the image</source>
        <translation>%1：OpenCV 无法读取该图像</translation>
    </message>
    <message>
        <source>%1: the file is missing</source>
        <translation>%1：文件缺失</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
</context>
<context>
    <name>rwb::cli::Cli</name>
    <message>
        <source>option --%1 needs a value</source>
        <translation>选项 --%1 需要一个值</translation>
    </message>
    <message>
        <source>resonance-cli: %1</source>
        <translation>resonance-cli：%1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>init needs exactly one project path</source>
        <translation>init 需要且只能有一个项目路径</translation>
    </message>
    <message>
        <source>Created project &quot;%1&quot; at %2</source>
        <translation>已在 %2 创建项目“%1”</translation>
    </message>
    <message>
        <source>import needs a project and at least one file, folder or pattern</source>
        <translation>import 需要一个项目以及至少一个文件、文件夹或通配符模式</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>  duplicate: %1 (same content as %2)</source>
        <translation>  重复：%1（内容与 %2 相同）</translation>
    </message>
    <message>
        <source>another file of this import</source>
        <translation>本次导入中的另一个文件</translation>
    </message>
    <message>
        <source>  failed: %1: %2</source>
        <translation>  失败：%1：%2</translation>
    </message>
    <message>
        <source>info needs a project path</source>
        <translation>info 需要一个项目路径</translation>
    </message>
    <message>
        <source>Project:        %1</source>
        <translation>项目：          %1</translation>
    </message>
    <message>
        <source>File:           %1</source>
        <translation>文件：          %1</translation>
    </message>
    <message>
        <source>Id:             %1</source>
        <translation>ID：            %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>结构版本：      %1</translation>
    </message>
    <message>
        <source>Assets:         %1 (images %2, time series %3, documents %4)</source>
        <translation>素材：          %1（图像 %2，时序数据 %3，文档 %4）</translation>
    </message>
    <message>
        <source>Annotations:    %1</source>
        <translation>标注：          %1</translation>
    </message>
    <message>
        <source>Label classes:  %1</source>
        <translation>标签类别：      %1</translation>
    </message>
    <message>
        <source>OpenCV %1, DNN backends: %2</source>
        <translation>OpenCV %1，DNN 后端：%2</translation>
    </message>
    <message>
        <source>labels needs a project and an action (list, add, edit, remove, attr-add, attr-edit, attr-remove, export, import)</source>
        <translation>labels 需要一个项目和一个操作（list、add、edit、remove、attr-add、attr-edit、attr-remove、export、import）</translation>
    </message>
    <message>
        <source>No label class named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的标签类别。</translation>
    </message>
    <message>
        <source>Unknown asset kind &quot;%1&quot; (image, timeseries, document).</source>
        <translation>未知的素材类型“%1”（可选：image、timeseries、document）。</translation>
    </message>
    <message>
        <source>Unknown attribute type &quot;%1&quot; (bool, int, float, enum, text).</source>
        <translation>未知的属性类型“%1”（可选：bool、int、float、enum、text）。</translation>
    </message>
    <message>
        <source>Default value &quot;%1&quot; is not a number.</source>
        <translation>默认值“%1”不是数字。</translation>
    </message>
    <message>
        <source>key %1 </source>
        <translation>快捷键 %1 </translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>父类别 %1</translation>
    </message>
    <message>
        <source>* %1 (%2%3) on every class</source>
        <translation>* %1 (%2%3) 适用于所有类别</translation>
    </message>
    <message>
        <source>labels export needs a file name</source>
        <translation>labels export 需要一个文件名</translation>
    </message>
    <message>
        <source>Wrote the label schema to %1</source>
        <translation>已将标签体系写入 %1</translation>
    </message>
    <message>
        <source>labels import needs a file name</source>
        <translation>labels import 需要一个文件名</translation>
    </message>
    <message>
        <source>labels %1 needs a name</source>
        <translation>labels %1 需要一个名称</translation>
    </message>
    <message>
        <source>Added label class &quot;%1&quot; (id %2)</source>
        <translation>已添加标签类别“%1”（id %2）</translation>
    </message>
    <message>
        <source>Removed label class &quot;%1&quot;</source>
        <translation>已删除标签类别“%1”</translation>
    </message>
    <message>
        <source>Updated label class &quot;%1&quot;</source>
        <translation>已更新标签类别“%1”</translation>
    </message>
    <message>
        <source>attr-add needs --type</source>
        <translation>attr-add 需要 --type</translation>
    </message>
    <message>
        <source>Added attribute &quot;%1&quot; (id %2)</source>
        <translation>已添加属性“%1”（id %2）</translation>
    </message>
    <message>
        <source>No attribute named &quot;%1&quot; here.</source>
        <translation>此处没有名为“%1”的属性。</translation>
    </message>
    <message>
        <source>Removed attribute &quot;%1&quot;</source>
        <translation>已删除属性“%1”</translation>
    </message>
    <message>
        <source>Updated attribute &quot;%1&quot;</source>
        <translation>已更新属性“%1”</translation>
    </message>
    <message>
        <source>unknown labels action &quot;%1&quot;</source>
        <translation>未知的 labels 操作“%1”</translation>
    </message>
    <message>
        <source>list needs a project path</source>
        <translation>list 需要一个项目路径</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (image, timeseries, document)</source>
        <translation>未知的类型“%1”（可选：image、timeseries、document）</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (todo, in_progress, done, needs_review, accepted, rejected)</source>
        <translation>未知的状态“%1”（可选：todo、in_progress、done、needs_review、accepted、rejected）</translation>
    </message>
    <message>
        <source>unknown split &quot;%1&quot; (none, train, val, test)</source>
        <translation>未知的划分“%1”（可选：none、train、val、test）</translation>
    </message>
    <message>
        <source>--offset and --limit take whole numbers</source>
        <translation>--offset 和 --limit 只接受整数</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>%1 ch x %2</source>
        <translation>%1 通道 x %2</translation>
    </message>
    <message>
        <source>stats needs a project path</source>
        <translation>stats 需要一个项目路径</translation>
    </message>
    <message>
        <source>Assets: %1 (%2 without annotations)</source>
        <translation>素材：%1（其中 %2 个没有标注）</translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation>标注：%1</translation>
    </message>
    <message>
        <source>Assets by kind:</source>
        <translation>按类型统计素材：</translation>
    </message>
    <message>
        <source>Assets by status:</source>
        <translation>按状态统计素材：</translation>
    </message>
    <message>
        <source>Assets by split:</source>
        <translation>按划分统计素材：</translation>
    </message>
    <message>
        <source>Annotations by class:</source>
        <translation>按标签类别统计标注：</translation>
    </message>
    <message>
        <source>Annotations by state:</source>
        <translation>按状态统计标注：</translation>
    </message>
    <message>
        <source>Annotations by source:</source>
        <translation>按来源统计标注：</translation>
    </message>
    <message>
        <source>check needs a project path</source>
        <translation>check 需要一个项目路径</translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation>%1：未发现问题</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>sample needs a folder</source>
        <translation>sample 需要一个文件夹</translation>
    </message>
    <message>
        <source>Making the sample project</source>
        <translation>正在生成示例项目</translation>
    </message>
    <message>
        <source>Sample project created: %1</source>
        <translation>示例项目已创建：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>已导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>已跳过 %n 个重复项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n 个失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled; %n file(s) were imported before.</source>
        <translation>
            <numerusform>导入已取消；取消前已导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label schema imported: %n class(es) added, %1 updated;</source>
        <translation>
            <numerusform>标签体系已导入：新增 %n 个标签类别，更新 %1 个；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) added, %1 updated.</source>
        <translation>
            <numerusform>新增 %n 个属性，更新 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>relocate needs a project path and a folder</source>
        <translation>relocate 需要项目路径和文件夹</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>align needs a project, the group file to write and at least one signal file</source>
        <translation>align 需要一个项目、要写入的信号组文件以及至少一个信号文件</translation>
    </message>
    <message>
        <source>the group file must end in .%1</source>
        <translation>信号组文件的扩展名必须是 .%1</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>--%1 %2: name one of the files, as FILE=VALUE</source>
        <translation>--%1 %2：请以 文件=值 的形式指定其中一个文件</translation>
    </message>
    <message>
        <source>--%1 %2: not a valid value</source>
        <translation>--%1 %2：值无效</translation>
    </message>
    <message>
        <source>--reference must name one of the files</source>
        <translation>--reference 必须是所列文件之一</translation>
    </message>
    <message>
        <source>--grid is reference or union</source>
        <translation>--grid 只能是 reference 或 union</translation>
    </message>
    <message>
        <source>--fill is hold or linear</source>
        <translation>--fill 只能是 hold 或 linear</translation>
    </message>
    <message>
        <source>--span is all or overlap</source>
        <translation>--span 只能是 all 或 overlap</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name</source>
        <translation>%1 已存在，请换一个名称</translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 failed, 2 wrong arguments, 3 project refused (missing, not a project,
damaged, newer version, read-only), 4 partly done (some inputs failed), 5 not found, 130 cancelled.
</source>
        <translation>
退出码：0 成功，1 失败，2 参数错误，3 无法打开项目（不存在、不是项目、
已损坏、版本较新、只读），4 部分完成（部分输入失败），5 未找到，130 已取消。
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
        <translation>用法：resonance-cli [--json] [--user NAME] [--lang en|zh_CN] COMMAND ARGS...

命令：
  init PROJECT.rwb [--name NAME]        创建项目
  import PROJECT.rwb INPUT...           导入文件、文件夹或通配符模式（跳过重复文件）
  align PROJECT.rwb GROUP.rwbsig FILE... [--reference FILE] [--grid reference|union]
                          [--fill hold|linear] [--span all|overlap] [--start FILE=TIME,...]
                          [--offset FILE=SECONDS,...] [--rate FILE=HZ,...]
                          把并行记录的多个信号文件按时间对齐为一个素材
  info PROJECT.rwb                      项目概况、数量统计、OpenCV DNN 后端
  labels PROJECT.rwb list               列出标签类别和属性
  labels PROJECT.rwb add NAME [--title-en T] [--title-zh T] [--color #rrggbb] [--shortcut K]
                          [--parent CLASS] [--kinds image,timeseries,document] [--shapes box,polygon,...]
                          [--no-overlap | --overlap]（该类别的区间/文本片段能否重叠）
  labels PROJECT.rwb edit NAME [--name NEW] [其余选项同 add]
  labels PROJECT.rwb remove NAME
  labels PROJECT.rwb attr-add NAME --type bool|int|float|enum|text [--options a,b] [--default V]
                          [--class CLASS] [--required] [--title-en T] [--title-zh T]
  labels PROJECT.rwb attr-edit NAME [--class CLASS] [其余选项同 attr-add]
  labels PROJECT.rwb attr-remove NAME [--class CLASS]
  labels PROJECT.rwb export FILE.json | import FILE.json
  list PROJECT.rwb [--kind K] [--status S] [--class C] [--split S] [--offset N] [--limit N]
  stats PROJECT.rwb                     数据集构成统计
  check PROJECT.rwb                     全面检查项目文件的完整性
  relocate PROJECT.rwb FOLDER           让缺失文件指向 FOLDER 下的副本（SHA-256 相同）
  sample DIR                            在 DIR 中创建示例项目
</translation>
    </message>
</context>
<context>
    <name>rwb::cli::DocumentCommands</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>no document asset %1 in %2</source>
        <translation>%2 中没有文档素材 %1</translation>
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
        <translation>文档命令：
  doc export PROJECT.rwb --format jsonl|conll|brat OUT [--asset ID]
                          导出文档的文本片段和关系（brat：OUT 为文件夹）
  doc import PROJECT.rwb --format jsonl|conll|brat IN [--asset ID]
                          导入到同名（或指定 ID）的文档；每个文档要么全部导入，要么不导入
  doc ocr PROJECT.rwb [--asset ID]         对没有文本的 PDF 页面进行文字识别（chi_sim+eng）
  doc preannotate PROJECT.rwb [--terms FILE]
                          按知识图谱中每个标签和别名以及 FILE 中的术语提出候选文本片段
                          （每行一个：TERM 或 TERM&lt;TAB&gt;CLASS；# 开头为注释）
</translation>
    </message>
    <message>
        <source>resonance-cli doc: %1</source>
        <translation>resonance-cli doc：%1</translation>
    </message>
    <message>
        <source>doc needs an action and a project</source>
        <translation>doc 需要一个操作和一个项目</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>未知操作 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>export needs --format jsonl, conll or brat</source>
        <translation>export 需要 --format jsonl、conll 或 brat</translation>
    </message>
    <message>
        <source>export needs one output file (brat: a folder)</source>
        <translation>export 需要一个输出文件（brat：一个文件夹）</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the folder cannot be made</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n document(s)</source>
        <translation>
            <numerusform>已导出 %n 个文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n 个文本片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n 个关系</numerusform>
        </translation>
    </message>
    <message>
        <source>  failed: %1</source>
        <translation>  失败：%1</translation>
    </message>
    <message>
        <source>import needs --format jsonl, conll or brat</source>
        <translation>import 需要 --format jsonl、conll 或 brat</translation>
    </message>
    <message>
        <source>import needs one input file (brat: a folder or an .ann file)</source>
        <translation>import 需要一个输入文件（brat：一个文件夹或 .ann 文件）</translation>
    </message>
    <message>
        <source>%1: no .ann files</source>
        <translation>%1：没有 .ann 文件</translation>
    </message>
    <message>
        <source>--asset needs a file with one document; %1 has %2</source>
        <translation>--asset 需要只含一个文档的文件；%1 含有 %2 个</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>%1: no document of this name in the project</source>
        <translation>%1：项目中没有此名称的文档</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s)</source>
        <translation>
            <numerusform>已导入 %n 个文档</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>OCR %1</source>
        <translation>文字识别：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) recognized</source>
        <translation>
            <numerusform>%1：已识别 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR: %n page(s) recognized</source>
        <translation>
            <numerusform>文字识别：已识别 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n PDF(s)</source>
        <translation>
            <numerusform>（共 %n 个 PDF）</numerusform>
        </translation>
    </message>
    <message>
        <source>OCR cancelled; the pages recognized before are kept.</source>
        <translation>文字识别已取消；之前已识别的页面会保留。</translation>
    </message>
    <message>
        <source>Pre-annotating</source>
        <translation>正在预标注</translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n span(s)</source>
        <translation>
            <numerusform>已提出 %n 个候选文本片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n knowledge node(s)</source>
        <translation>
            <numerusform>来自 %n 个知识节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n term(s).</source>
        <translation>
            <numerusform>和 %n 个术语。</numerusform>
        </translation>
    </message>
    <message>
        <source>  failed: %1: %2</source>
        <translation>  失败：%1：%2</translation>
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
        <translation>评测命令：
  evaluate PROJECT.rwb --model ID [--iou 0.5] [--score 0.5] [--iou-type bbox|segm] [--save]
                          以已接受的标注为基准评测该次运行的候选标注（COCO AP、P/R/F1）
  diagnose PROJECT.rwb [--model ID] [--distance 4] [--save]
                          类别均衡、尺寸、重复与划分泄漏、标注错误、覆盖度
  queue PROJECT.rwb --strategy least-confidence|margin|entropy|weakness|diversity
        [--model ID] [--limit 100] [--name NAME] [--assign USER]   保存一个标注队列
  agreement PROJECT.rwb USER_A USER_B       F1、Cohen&apos;s kappa、Krippendorff&apos;s alpha
</translation>
    </message>
    <message>
        <source>resonance-cli %1: %2</source>
        <translation>resonance-cli %1：%2</translation>
    </message>
    <message>
        <source>a project is needed</source>
        <translation>需要指定项目</translation>
    </message>
    <message>
        <source>--model ID is needed</source>
        <translation>需要指定 --model ID</translation>
    </message>
    <message>
        <source>--iou must be a number in (0, 1]</source>
        <translation>--iou 必须是 (0, 1] 范围内的数值</translation>
    </message>
    <message>
        <source>--score must be a number in [0, 1]</source>
        <translation>--score 必须是 [0, 1] 范围内的数值</translation>
    </message>
    <message>
        <source>--iou-type is bbox or segm</source>
        <translation>--iou-type 只能是 bbox 或 segm</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: no annotations of model run &quot;%2&quot; (runs in the project: %3)</source>
        <translation>%1：没有模型运行 &quot;%2&quot; 的标注（项目中的运行：%3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: nothing to evaluate: %2</source>
        <translation>%1：没有可评测的内容：%2</translation>
    </message>
    <message>
        <source>--distance must be a number of bits, 0 to 64</source>
        <translation>--distance 必须是 0 到 64 之间的位数</translation>
    </message>
    <message>
        <source>unknown strategy &quot;%1&quot;</source>
        <translation>未知的策略 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit 必须是正数</translation>
    </message>
    <message>
        <source>%1: no user &quot;%2&quot;</source>
        <translation>%1：没有用户 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the weakness strategy needs --model ID (its AP and recall per class)</source>
        <translation>weakness 策略需要 --model ID（用到其各类别的 AP 和召回率）</translation>
    </message>
    <message numerus="yes">
        <source>Queue %1 &quot;%2&quot;: %n asset(s)</source>
        <translation>
            <numerusform>队列 %1 &quot;%2&quot;：%n 个素材</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) assigned to %1</source>
        <translation>
            <numerusform>已将 %n 个素材分配给 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>agreement needs two user names</source>
        <translation>agreement 需要两个用户名</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
数据集：
  export PROJECT --format coco|yolo|yolo-segment|yolo-obb|voc|labelme|cvat|masks|package OUT
         [--status accepted,done] [--classes a,b] [--from DATE] [--to DATE] [--images link|copy|none]
         仅限 package：[--name N] [--version N] [--formats coco,yolo] [--split 0.8,0.1,0.1]
         [--seed N] [--group sequence|folder|none] [--resplit] [--licence L] [--purpose TEXT]
  import-dataset PROJECT --format coco|yolo|voc|labelme|cvat IN [--map from=to,…] [--no-new-classes]
  publish PROJECT PACKAGE --to folder:PATH|git:URL
</translation>
    </message>
    <message>
        <source>resonance-cli: %1</source>
        <translation>resonance-cli：%1</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>未知的状态 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--images must be link, copy or none</source>
        <translation>--images 只能是 link、copy 或 none</translation>
    </message>
    <message>
        <source>--split needs three ratios: train,val,test</source>
        <translation>--split 需要三个比例：train,val,test</translation>
    </message>
    <message>
        <source>--group must be sequence, folder or none</source>
        <translation>--group 只能是 sequence、folder 或 none</translation>
    </message>
    <message>
        <source>export needs a project and an output folder</source>
        <translation>export 需要指定项目和输出文件夹</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>正在打包</translation>
    </message>
    <message>
        <source>Package %1 written: %2 assets.</source>
        <translation>已写入数据集包 %1：%2 个素材。</translation>
    </message>
    <message>
        <source>--format must be one of %1, package</source>
        <translation>--format 必须是以下之一：%1、package</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Exported %1 images with %2 labels to %3.</source>
        <translation>已将 %1 张图像（含 %2 个标注）导出到 %3。</translation>
    </message>
    <message>
        <source>--map takes from=to pairs separated by commas</source>
        <translation>--map 接受以逗号分隔的 from=to 对</translation>
    </message>
    <message>
        <source>--format must be one of %1</source>
        <translation>--format 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>import-dataset needs a project and a dataset file or folder</source>
        <translation>import-dataset 需要指定项目和数据集文件或文件夹</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Imported %1 images with %2 labels; %3 failed.</source>
        <translation>已导入 %1 张图像（含 %2 个标注）；%3 个失败。</translation>
    </message>
    <message>
        <source>New classes: %1</source>
        <translation>新增标签类别：%1</translation>
    </message>
    <message>
        <source>publish needs a project, a package folder and --to folder:PATH or git:URL</source>
        <translation>publish 需要指定项目、数据集包文件夹以及 --to folder:PATH 或 git:URL</translation>
    </message>
    <message>
        <source>Published %1 version %2 to %3 (%4).</source>
        <translation>已将 %1 版本 %2 发布到 %3（%4）。</translation>
    </message>
</context>
<context>
    <name>rwb::cli::KgCommands</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
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
        <translation>知识图谱命令：
  kg query PROJECT.rwb search TEXT [--limit N]      按标签或别名（中/英）查找节点
  kg query PROJECT.rwb root-causes NODE [--depth 6]  从 NODE（键或 id）向前追溯的因果链
  kg query PROJECT.rwb impact NODE [--depth 6]       NODE 导致的后果及其距离
  kg query PROJECT.rwb path FROM TO [--directed]     最短路径
  kg query PROJECT.rwb neighbours NODE [--k 1]       k 步以内的节点
  kg validate PROJECT.rwb                            校验报告
  kg export PROJECT.rwb FILE [--format ttl|nt|jsonld|graphml|csv] [--base IRI]
                          （csv：FILE 是一个文件夹，其中写入 nodes.csv 和 edges.csv）
  kg import PROJECT.rwb FILE [--edges EDGES.csv] [--format ttl|nt|csv] [--base IRI]
                          [--unknown-types fail|add|skip]（要么全部导入，要么不导入）
</translation>
    </message>
    <message>
        <source>resonance-cli kg: %1</source>
        <translation>resonance-cli kg：%1</translation>
    </message>
    <message>
        <source>kg needs an action and a project</source>
        <translation>kg 需要一个操作和一个项目</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>未知操作 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>query needs a kind: search, root-causes, impact, path, neighbours</source>
        <translation>query 需要指定类型：search、root-causes、impact、path、neighbours</translation>
    </message>
    <message>
        <source>no node &quot;%1&quot; in %2</source>
        <translation>%2 中没有节点 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>search needs one text</source>
        <translation>search 需要一个搜索文本</translation>
    </message>
    <message>
        <source>root-causes needs one node</source>
        <translation>root-causes 需要一个节点</translation>
    </message>
    <message>
        <source>(more chains exist; only the first %1 are listed)</source>
        <translation>（还有更多因果链；只列出前 %1 条）</translation>
    </message>
    <message>
        <source>%1 needs one node</source>
        <translation>%1 需要一个节点</translation>
    </message>
    <message>
        <source>path needs two nodes</source>
        <translation>path 需要两个节点</translation>
    </message>
    <message>
        <source>no path from %1 to %2</source>
        <translation>从 %1 到 %2 没有路径</translation>
    </message>
    <message>
        <source>unknown query &quot;%1&quot;</source>
        <translation>未知查询 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>export needs one output file</source>
        <translation>export 需要一个输出文件</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (ttl, nt, jsonld, graphml, csv)</source>
        <translation>未知格式 &quot;%1&quot;（ttl、nt、jsonld、graphml、csv）</translation>
    </message>
    <message>
        <source>%1: %2 nodes, %3 edges (%4)</source>
        <translation>%1：%2 个节点，%3 条边（%4）</translation>
    </message>
    <message>
        <source>import needs one input file</source>
        <translation>import 需要一个输入文件</translation>
    </message>
    <message>
        <source>--unknown-types is fail, add or skip</source>
        <translation>--unknown-types 只能是 fail、add 或 skip</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (ttl, nt, csv)</source>
        <translation>未知格式 &quot;%1&quot;（ttl、nt、csv）</translation>
    </message>
    <message>
        <source>%1 nodes added, %2 matched, %3 skipped; %4 edges added, %5 skipped</source>
        <translation>新增 %1 个节点，匹配 %2 个，跳过 %3 个；新增 %4 条边，跳过 %5 条</translation>
    </message>
    <message>
        <source>types added to the ontology: %1</source>
        <translation>已加入本体的类型：%1</translation>
    </message>
    <message>
        <source>skipped unknown types: %1</source>
        <translation>跳过的未知类型：%1</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>%1 pieces of evidence linked</source>
        <translation>已关联 %1 条证据</translation>
    </message>
    <message>
        <source>evidence not linked, the project has no such annotation: %1</source>
        <translation>证据未关联，项目中没有该标注：%1</translation>
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
        <translation>  preannotate PROJECT.rwb --model M   在图像上运行模型（清单 .json、.onnx，或项目
                          models/ 文件夹中的模型名称），生成待审核的候选标注
                          [--backend cpu|opencl|cuda|cuda/cuda_fp16|auto] [--threads N] [--batch N]
                          [--rerun] [--status S] [--split S] [--uri TEXT] [--ids 1,2,3]
</translation>
    </message>
    <message>
        <source>resonance-cli preannotate: %1</source>
        <translation>resonance-cli preannotate：%1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot; for %2</source>
        <translation>%2 的值 &quot;%1&quot; 无效</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs a project and --model</source>
        <translation>需要一个项目和 --model</translation>
    </message>
    <message>
        <source>Pre-annotating</source>
        <translation>正在预标注</translation>
    </message>
    <message>
        <source>%1 images: %2 run, %3 already done by this model, %4 failed; %5 proposals (%6 left out as repeats of existing labels); %7 s (%8 ms per image) on %9</source>
        <translation>%1 张图像：运行 %2 张，%3 张已由此模型处理过，%4 张失败；%5 个候选标注（%6 个与已有标注重复，已省略）；耗时 %7 秒（每张图像 %8 毫秒），运行于 %9</translation>
    </message>
</context>
<context>
    <name>rwb::document::BratFormat</name>
    <message>
        <source>%1.ann line %2: %3</source>
        <translation>%1.ann 第 %2 行：%3</translation>
    </message>
    <message>
        <source>expected an id, a tab and an annotation</source>
        <translation>应为一个 id、一个制表符和一条标注</translation>
    </message>
    <message>
        <source>offsets “%1” do not fit the text of %2 characters</source>
        <translation>偏移“%1”超出了 %2 个字符的文本</translation>
    </message>
    <message>
        <source>a relation needs a type and two arguments</source>
        <translation>关系需要一个类型和两个参数</translation>
    </message>
    <message>
        <source>a reference needs an annotation and a target</source>
        <translation>引用需要一条标注和一个目标</translation>
    </message>
</context>
<context>
    <name>rwb::document::ConllFormat</name>
    <message>
        <source>line %1: expected a token and a tag</source>
        <translation>第 %1 行：应为一个词元和一个标记</translation>
    </message>
    <message>
        <source>line %1: unknown tag “%2” (expected O, B-… or I-…)</source>
        <translation>第 %1 行：未知标记“%2”（应为 O、B-… 或 I-…）</translation>
    </message>
</context>
<context>
    <name>rwb::document::DocumentAnnotator</name>
    <message>
        <source>Document annotator</source>
        <translation>文档标注器</translation>
    </message>
</context>
<context>
    <name>rwb::document::DocumentAnnotatorWidget</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Change class</source>
        <translation>更改类别</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s), %2</source>
        <translation>
            <numerusform>%1：%n 行，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select text</source>
        <translation>选择文本</translation>
    </message>
    <message>
        <source>Drag over text to label it with the current class (T)</source>
        <translation>拖动选择文本，用当前类别标注（T）</translation>
    </message>
    <message>
        <source>Page region</source>
        <translation>页面区域</translation>
    </message>
    <message>
        <source>Drag a rectangle on a page: tables, figures, nameplates (R)</source>
        <translation>在页面上拖出矩形：表格、图、铭牌（R）</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Drag from one span to another to relate them (L)</source>
        <translation>从一个文本片段拖到另一个以建立关系（L）</translation>
    </message>
    <message>
        <source>Type of the relations drawn</source>
        <translation>所画关系的类型</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>连续</translation>
    </message>
    <message>
        <source>Show the pages one below the other, or one at a time</source>
        <translation>页面上下连续显示，或一次显示一页</translation>
    </message>
    <message>
        <source>Search in the document</source>
        <translation>在文档中搜索</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Recognize text</source>
        <translation>识别文字</translation>
    </message>
    <message>
        <source>Run OCR (Chinese and English) on the pages without a text layer</source>
        <translation>对没有文本层的页面运行 OCR（中文和英文）</translation>
    </message>
    <message>
        <source>Pre-annotate</source>
        <translation>预标注</translation>
    </message>
    <message>
        <source>Propose spans for every label and alias of the knowledge graph in all documents</source>
        <translation>在所有文档中为知识图谱的每个标签和别名提出文本片段建议</translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation>拒绝建议</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>文本片段</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Knowledge link:</source>
        <translation>知识链接：</translation>
    </message>
    <message>
        <source>Node label or alias (中文 / English)</source>
        <translation>节点标签或别名（中文 / English）</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Asset %1 is not in the project</source>
        <translation>素材 %1 不在项目中</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1：%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: text in %2</source>
        <translation>%1：%2 编码的文本</translation>
    </message>
    <message>
        <source>p. %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
    <message>
        <source>p. %1: region</source>
        <translation>第 %1 页：区域</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source> · proposed</source>
        <translation> · 建议</translation>
    </message>
    <message>
        <source> · rejected</source>
        <translation> · 已拒绝</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>“%1” does not allow overlapping spans</source>
        <translation>“%1”不允许文本片段重叠</translation>
    </message>
    <message>
        <source>Add span “%1”</source>
        <translation>添加文本片段“%1”</translation>
    </message>
    <message>
        <source>Span “%1” (%2–%3)</source>
        <translation>文本片段“%1”（%2–%3）</translation>
    </message>
    <message>
        <source>Add page region</source>
        <translation>添加页面区域</translation>
    </message>
    <message>
        <source>Add relation “%1”</source>
        <translation>添加关系“%1”</translation>
    </message>
    <message>
        <source>No knowledge node is called “%1”</source>
        <translation>没有名为“%1”的知识节点</translation>
    </message>
    <message>
        <source>Link to “%1”</source>
        <translation>链接到“%1”</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>移除链接</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) so far…</source>
        <translation>
            <numerusform>目前 %n 个匹配…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognizing the pages without text…</source>
        <translation>正在识别没有文字的页面…</translation>
    </message>
    <message numerus="yes">
        <source>OCR finished: %n page(s) recognized</source>
        <translation>
            <numerusform>OCR 完成：识别了 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) proposed</source>
        <translation>
            <numerusform>提出了 %n 个文本片段</numerusform>
        </translation>
    </message>
    <message>
        <source>Term List</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Term lists (*.txt *.tsv);;All files (*)</source>
        <translation>术语表 (*.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <source>Zoom so that the page fills the width of the view</source>
        <translation>缩放页面以填满视图宽度</translation>
    </message>
    <message>
        <source>Terms…</source>
        <translation>术语…</translation>
    </message>
    <message>
        <source>Pre-annotate with the knowledge graph and a term list (one term a line, optionally a tab and a label class name)</source>
        <translation>使用知识图谱和术语表进行预标注（每行一个术语，可在制表符后附标签类别名称）</translation>
    </message>
</context>
<context>
    <name>rwb::document::DocumentProbe</name>
    <message>
        <source>not a readable PDF</source>
        <translation>不是可读取的 PDF</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>该 PDF 受密码保护</translation>
    </message>
    <message>
        <source>binary data, not a text file</source>
        <translation>是二进制数据，不是文本文件</translation>
    </message>
</context>
<context>
    <name>rwb::document::ExchangeImporter</name>
    <message>
        <source>the text of “%1” differs from the document&apos;s text; offsets would not fit</source>
        <translation>“%1”的文本与文档文本不同，偏移无法对应</translation>
    </message>
    <message>
        <source>span %1 of “%2” crosses a page boundary</source>
        <translation>“%2”的文本片段 %1 跨越了页面边界</translation>
    </message>
    <message>
        <source>relation %1 of “%2” refers to a missing span</source>
        <translation>“%2”的关系 %1 引用了不存在的文本片段</translation>
    </message>
</context>
<context>
    <name>rwb::document::JsonlFormat</name>
    <message>
        <source>line %1: not a JSON object (%2)</source>
        <translation>第 %1 行：不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <source>line %1: entity %2 has offsets %3–%4 outside the text of %5 characters</source>
        <translation>第 %1 行：实体 %2 的偏移 %3–%4 超出了 %5 个字符的文本</translation>
    </message>
</context>
<context>
    <name>rwb::document::OcrEngine</name>
    <message>
        <source>Tesseract could not load the language data “%1” (install tesseract-ocr-chi-sim and tesseract-ocr-eng)</source>
        <translation>Tesseract 无法加载语言数据“%1”（请安装 tesseract-ocr-chi-sim 和 tesseract-ocr-eng）</translation>
    </message>
</context>
<context>
    <name>rwb::document::OcrJob</name>
    <message>
        <source>Recognize text (OCR)</source>
        <translation>识别文字（OCR）</translation>
    </message>
    <message>
        <source>Looking for pages without text…</source>
        <translation>正在查找没有文字的页面…</translation>
    </message>
    <message>
        <source>Loading the OCR models…</source>
        <translation>正在加载 OCR 模型…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>rwb::document::PdfDocument</name>
    <message>
        <source>“%1” cannot be read</source>
        <translation>无法读取“%1”</translation>
    </message>
    <message>
        <source>“%1” is damaged or not a PDF</source>
        <translation>“%1”已损坏或不是 PDF</translation>
    </message>
    <message>
        <source>“%1” is password-protected; remove the password to annotate it</source>
        <translation>“%1”受密码保护；请移除密码后再标注</translation>
    </message>
    <message>
        <source>“%1” has no pages (damaged PDF?)</source>
        <translation>“%1”没有页面（PDF 已损坏？）</translation>
    </message>
</context>
<context>
    <name>rwb::document::PreAnnotationJob</name>
    <message>
        <source>Pre-annotate documents from the knowledge graph</source>
        <translation>根据知识图谱预标注文档</translation>
    </message>
    <message>
        <source>Building the term automaton…</source>
        <translation>正在构建术语自动机…</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1:%2: no label class &quot;%3&quot;</source>
        <translation>%1:%2：没有标签类别“%3”</translation>
    </message>
</context>
<context>
    <name>rwb::document::TextDocument</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” cannot be mapped into memory: %2</source>
        <translation>无法将“%1”映射到内存：%2</translation>
    </message>
    <message>
        <source>“%1” holds binary data, not text</source>
        <translation>“%1”是二进制数据，不是文本</translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::AnnotatorAgreement</name>
    <message>
        <source>%1 and %2 have no labelled asset in common.</source>
        <translation>%1 和 %2 没有共同标注过的素材。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Agreement of %1 and %2 on %3 shared assets</source>
        <translation>%1 与 %2 在 %3 个共同素材上的一致性</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  注：%1</translation>
    </message>
    <message>
        <source>  shapes: IoU-matched F1 %1 (%2 matched)</source>
        <translation>  形状：按 IoU 匹配的 F1 %1（匹配 %2 个）</translation>
    </message>
    <message>
        <source>  tags: Cohen&apos;s kappa %1 over %2 assets</source>
        <translation>  标签：%2 个素材上的 Cohen&apos;s kappa %1</translation>
    </message>
    <message>
        <source>  time ranges: Krippendorff&apos;s alpha %1</source>
        <translation>  时间区间：Krippendorff&apos;s alpha %1</translation>
    </message>
    <message>
        <source>  text spans: Krippendorff&apos;s alpha %1</source>
        <translation>  文本片段：Krippendorff&apos;s alpha %1</translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::ConfusionHeatMap</name>
    <message>
        <source>No confusion matrix</source>
        <translation>无混淆矩阵</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <source>Truth %1, predicted %2: %3</source>
        <translation>真值 %1，预测 %2：%3</translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::DatasetDiagnostics</name>
    <message>
        <source>The project has no assets.</source>
        <translation>项目中没有素材。</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>Class balance (accepted labels per split):</source>
        <translation>类别均衡（各划分中已接受的标注）：</translation>
    </message>
    <message>
        <source>Objects per labelled image (objects×images): %1</source>
        <translation>每张已标注图像的目标数（目标数×图像数）：%1</translation>
    </message>
    <message>
        <source>Object sizes: %1</source>
        <translation>目标尺寸：%1</translation>
    </message>
    <message>
        <source>Images without labels: %1</source>
        <translation>无标注的图像：%1</translation>
    </message>
    <message>
        <source>Near-duplicate pairs: %1 (of %2 hashed images), across splits: %3</source>
        <translation>近重复对：%1（共 %2 张已计算哈希的图像），跨划分：%3</translation>
    </message>
    <message>
        <source>  leak: asset %1 (%2) ~ asset %3 (%4), %5 bits</source>
        <translation>  泄漏：素材 %1（%2）~ 素材 %3（%4），%5 位</translation>
    </message>
    <message>
        <source>Suspected label errors: %1</source>
        <translation>疑似标注错误：%1</translation>
    </message>
    <message>
        <source>  asset %1: model says %2 (%3) where the label says %4</source>
        <translation>  素材 %1：模型判断为 %2（%3），而标注为 %4</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Attribute %1: %2 of %3 labels filled</source>
        <translation>属性 %1：%3 个标注中已填写 %2 个</translation>
    </message>
    <message>
        <source>Node %1: %2 evidence, %3 labels, recall %4</source>
        <translation>节点 %1：%2 条证据，%3 个标注，召回率 %4</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::EvaluationDashboard</name>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) assigned to %1</source>
        <translation>
            <numerusform>已将 %n 个素材分配给 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n annotation(s))</source>
        <translation>
            <numerusform>%1（%n 个标注）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1：已完成</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Choose a model run and press Evaluate.</source>
        <translation>请选择一个模型运行，然后点击“评估”。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n prediction(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：%n 个预测</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ground-truth label(s)</source>
        <translation>
            <numerusform>%n 个真值标注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detection on %n image(s): AP %1 · AP50 %2 · AP75 %3 · AP small %4 · medium %5 · large %6 · AR100 %7</source>
        <translation>
            <numerusform>检测（%n 张图像）：AP %1 · AP50 %2 · AP75 %3 · AP 小目标 %4 · 中目标 %5 · 大目标 %6 · AR100 %7</numerusform>
        </translation>
    </message>
    <message>
        <source>At score ≥ %1 and IoU %2: precision %3 · recall %4 · F1 %5 (TP %6, FP %7, FN %8)</source>
        <translation>得分 ≥ %1、IoU %2 时：精确率 %3 · 召回率 %4 · F1 %5（TP %6，FP %7，FN %8）</translation>
    </message>
    <message numerus="yes">
        <source>Image tags on %n asset(s): accuracy %1 · micro F1 %2 · macro F1 %3</source>
        <translation>
            <numerusform>图像标签（%n 个素材）：准确率 %1 · 微平均 F1 %2 · 宏平均 F1 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Time series: event F1 %1 (precision %2, recall %3) · point-wise F1 %4</source>
        <translation>时间序列：事件 F1 %1（精确率 %2，召回率 %3）· 逐点 F1 %4</translation>
    </message>
    <message>
        <source>Document spans: exact F1 %1 · overlap F1 %2</source>
        <translation>文档文本片段：精确匹配 F1 %1 · 重叠匹配 F1 %2</translation>
    </message>
    <message>
        <source>Precision–recall at IoU 0.5</source>
        <translation>IoU 0.5 下的精确率–召回率</translation>
    </message>
    <message>
        <source>AP per class</source>
        <translation>各类别 AP</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
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
        <translation>背景</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more note(s) (hover to see them all)</source>
        <translation>
            <numerusform>… 另有 %n 条说明（悬停可查看全部）</numerusform>
        </translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测数</translation>
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
        <translation>各划分的类别分布</translation>
    </message>
    <message>
        <source>Tiny objects</source>
        <translation>微小目标</translation>
    </message>
    <message>
        <source>Images without labels</source>
        <translation>无标注的图像</translation>
    </message>
    <message>
        <source>Near-duplicate images</source>
        <translation>近重复图像</translation>
    </message>
    <message>
        <source>Duplicates leaking across splits</source>
        <translation>跨划分泄漏的重复图像</translation>
    </message>
    <message>
        <source>Suspected label errors</source>
        <translation>疑似标注错误</translation>
    </message>
    <message>
        <source>Attribute coverage</source>
        <translation>属性覆盖率</translation>
    </message>
    <message>
        <source>Knowledge coverage</source>
        <translation>知识覆盖率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Box area (px²)</source>
        <translation>框面积（px²）</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Near-duplicate</source>
        <translation>近重复</translation>
    </message>
    <message>
        <source>Distance (bits)</source>
        <translation>距离（位）</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Model says</source>
        <translation>模型判断</translation>
    </message>
    <message>
        <source>Label says</source>
        <translation>标注为</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Different class</source>
        <translation>类别不同</translation>
    </message>
    <message>
        <source>Missing label</source>
        <translation>缺少标注</translation>
    </message>
    <message>
        <source>Different tag</source>
        <translation>标签不同</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标注数</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>已填写</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>Graph node</source>
        <translation>图谱节点</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>By modality</source>
        <translation>按模态</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Model recall</source>
        <translation>模型召回率</translation>
    </message>
    <message>
        <source>Labels per class and split</source>
        <translation>各类别与划分的标注数</translation>
    </message>
    <message>
        <source>Evaluate a model run to diagnose the dataset.</source>
        <translation>评估一个模型运行以诊断数据集。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) hashed; %1 near-duplicate pair(s), %2 leaking across splits; %3 image(s) without labels; %4 suspected label error(s). Object sizes: %5.</source>
        <translation>
            <numerusform>已计算 %n 张图像的哈希；%1 对近重复，其中 %2 对跨划分泄漏；%3 张图像无标注；%4 处疑似标注错误。目标尺寸：%5。</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>run A</source>
        <translation>运行 A</translation>
    </message>
    <message>
        <source>run B</source>
        <translation>运行 B</translation>
    </message>
    <message>
        <source>(all classes)</source>
        <translation>（全部类别）</translation>
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
        <translation>召回率 %1</translation>
    </message>
    <message>
        <source>Δ recall</source>
        <translation>Δ 召回率</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;: %n asset(s) labelled by both</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; 和 &lt;b&gt;%2&lt;/b&gt;：共同标注了 %n 个素材</numerusform>
        </translation>
    </message>
    <message>
        <source>Shapes (IoU-matched): F1 %1 · precision %2 · recall %3</source>
        <translation>形状（按 IoU 匹配）：F1 %1 · 精确率 %2 · 召回率 %3</translation>
    </message>
    <message numerus="yes">
        <source>Image tags: Cohen&apos;s κ %1 over %n item(s) (observed %2, chance %3)</source>
        <translation>
            <numerusform>图像标签：%n 项上的 Cohen&apos;s κ %1（观测一致 %2，随机一致 %3）</numerusform>
        </translation>
    </message>
    <message>
        <source>Time ranges: Krippendorff&apos;s α %1 over %2 sample(s)</source>
        <translation>时间区间：%2 个采样点上的 Krippendorff&apos;s α %1</translation>
    </message>
    <message>
        <source>Text spans: Krippendorff&apos;s α %1 over %2 character(s)</source>
        <translation>文本片段：%2 个字符上的 Krippendorff&apos;s α %1</translation>
    </message>
    <message>
        <source>Evaluation of %1</source>
        <translation>%1 的评估</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Confusion matrix (rows: ground truth, columns: prediction)</source>
        <translation>混淆矩阵（行：真值，列：预测）</translation>
    </message>
    <message>
        <source>Dataset diagnostics</source>
        <translation>数据集诊断</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Comparison of two runs</source>
        <translation>两次运行的对比</translation>
    </message>
    <message>
        <source>Export Evaluation Report</source>
        <translation>导出评估报告</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Model run:</source>
        <translation>模型运行：</translation>
    </message>
    <message>
        <source>The model run (its proposals) to evaluate against the accepted labels</source>
        <translation>要与已接受的标注对比评估的模型运行（即其候选标注）</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>框</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>Match by box IoU or by mask IoU</source>
        <translation>按框 IoU 或掩码 IoU 匹配</translation>
    </message>
    <message>
        <source>IoU:</source>
        <translation>IoU：</translation>
    </message>
    <message>
        <source>Score ≥</source>
        <translation>得分 ≥</translation>
    </message>
    <message>
        <source>The run&apos;s operating point, for precision, recall and the confusion matrix</source>
        <translation>该运行的工作点，用于计算精确率、召回率和混淆矩阵</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Labeling Queue</source>
        <translation>标注队列</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>对比运行</translation>
    </message>
    <message>
        <source>Click a row to open its asset</source>
        <translation>点击某行可打开对应素材</translation>
    </message>
    <message>
        <source>Annotator:</source>
        <translation>标注员：</translation>
    </message>
    <message>
        <source>compared with:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>策略：</translation>
    </message>
    <message>
        <source>Least confidence</source>
        <translation>最低置信度</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>最小间隔</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>熵</translation>
    </message>
    <message>
        <source>Weakness (low AP, little evidence)</source>
        <translation>薄弱环节（AP 低、证据少）</translation>
    </message>
    <message>
        <source>Diversity</source>
        <translation>多样性</translation>
    </message>
    <message>
        <source>Assets:</source>
        <translation>素材数：</translation>
    </message>
    <message>
        <source>Build Queue</source>
        <translation>生成队列</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>分配给：</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Show in Asset Browser</source>
        <translation>在素材浏览器中显示</translation>
    </message>
    <message>
        <source>Filter the asset browser to this queue, in its order</source>
        <translation>将素材浏览器筛选为此队列，并按队列顺序排列</translation>
    </message>
    <message>
        <source>Compare with run:</source>
        <translation>对比运行：</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf);;Markdown (*.md)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>val</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>未划分</translation>
    </message>
    <message>
        <source>tiny</source>
        <translation>极小</translation>
    </message>
    <message>
        <source>small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>large</source>
        <translation>大</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::EvaluationJob</name>
    <message>
        <source>Evaluating model run %1</source>
        <translation>正在评估模型运行 %1</translation>
    </message>
    <message>
        <source>Diagnosing the dataset</source>
        <translation>正在诊断数据集</translation>
    </message>
    <message>
        <source>Building a labeling queue</source>
        <translation>正在生成标注队列</translation>
    </message>
    <message>
        <source>Comparing annotators</source>
        <translation>正在比较标注员</translation>
    </message>
    <message>
        <source>Reading the project</source>
        <translation>正在读取项目</translation>
    </message>
    <message>
        <source>Matching predictions to ground truth</source>
        <translation>正在将预测与真值匹配</translation>
    </message>
    <message>
        <source>Hashing images</source>
        <translation>正在计算图像哈希</translation>
    </message>
    <message>
        <source>Computing diagnostics</source>
        <translation>正在计算诊断</translation>
    </message>
    <message>
        <source>%1: cannot be read, not hashed</source>
        <translation>%1：无法读取，未计算哈希</translation>
    </message>
    <message>
        <source>Ranking assets</source>
        <translation>正在对素材排序</translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::EvaluationReport</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>no PDF output</source>
        <translation>未生成 PDF 输出</translation>
    </message>
    <message>
        <source>Assets behind this figure:</source>
        <translation>本图所依据的素材：</translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::LabelingQueue</name>
    <message>
        <source>%1 bits from the nearest labelled or queued image</source>
        <translation>与最近的已标注或已入队图像相差 %1 位</translation>
    </message>
    <message>
        <source>no proposals</source>
        <translation>无候选标注</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>%1: not evaluated</source>
        <translation>%1：未评测</translation>
    </message>
    <message>
        <source>%1: AP %2</source>
        <translation>%1：AP %2</translation>
    </message>
    <message>
        <source>%1: recall %2</source>
        <translation>%1：召回率 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n evidence link(s) for its graph node</source>
        <translation>
            <numerusform>%1：其图谱节点有 %n 条证据链接</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，置信度 %2</translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::ModelEvaluation</name>
    <message>
        <source>The project holds no annotations of model run &quot;%1&quot;.</source>
        <translation>项目中没有模型运行 &quot;%1&quot; 的标注。</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) with unreadable geometry were left out.</source>
        <translation>
            <numerusform>已略去 %n 个几何数据无法读取的标注。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) without a class were left out.</source>
        <translation>
            <numerusform>已略去 %n 个没有类别的标注。</numerusform>
        </translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; is predicted but has no ground truth: its recall and AP are undefined.</source>
        <translation>类别 &quot;%1&quot; 有预测但没有真值：其召回率和 AP 无定义。</translation>
    </message>
    <message>
        <source>Class &quot;%1&quot; has ground truth but the model never predicts it.</source>
        <translation>类别 &quot;%1&quot; 有真值，但模型从未预测它。</translation>
    </message>
    <message>
        <source>IoU %1 is not one of the COCO thresholds; precision and recall at the threshold use 0.5.</source>
        <translation>IoU %1 不是 COCO 阈值之一；该阈值下的精确率和召回率改用 0.5。</translation>
    </message>
    <message>
        <source>Model run %1: %2 predictions against %3 ground-truth annotations</source>
        <translation>模型运行 %1：%2 个预测，对比 %3 个真值标注</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  注：%1</translation>
    </message>
    <message>
        <source>Detection (%1 images):</source>
        <translation>检测（%1 张图像）：</translation>
    </message>
    <message>
        <source>  mAP@[.5:.95] %1  AP50 %2  AP75 %3</source>
        <translation>  mAP@[.5:.95] %1  AP50 %2  AP75 %3</translation>
    </message>
    <message>
        <source>  AP small %1  medium %2  large %3</source>
        <translation>  AP 小目标 %1  中目标 %2  大目标 %3</translation>
    </message>
    <message>
        <source>  AR1 %1  AR10 %2  AR100 %3</source>
        <translation>  AR1 %1  AR10 %2  AR100 %3</translation>
    </message>
    <message>
        <source>  at score ≥ %1, IoU %2: precision %3  recall %4  F1 %5</source>
        <translation>  分数 ≥ %1、IoU %2 时：精确率 %3  召回率 %4  F1 %5</translation>
    </message>
    <message>
        <source>  class %1: AP %2  AP50 %3</source>
        <translation>  类别 %1：AP %2  AP50 %3</translation>
    </message>
    <message>
        <source>%1: precision %2  recall %3  F1 %4</source>
        <translation>%1：精确率 %2  召回率 %3  F1 %4</translation>
    </message>
    <message>
        <source>Tags (%1 assets): accuracy %2</source>
        <translation>标签（%1 个素材）：准确率 %2</translation>
    </message>
    <message>
        <source>  tags micro</source>
        <translation>  标签（微平均）</translation>
    </message>
    <message>
        <source>Time series events (overlap)</source>
        <translation>时序事件（重叠匹配）</translation>
    </message>
    <message>
        <source>Time series point-wise</source>
        <translation>时序数据（逐点）</translation>
    </message>
    <message>
        <source>Document spans (exact)</source>
        <translation>文档文本片段（精确匹配）</translation>
    </message>
    <message>
        <source>Document spans (overlap)</source>
        <translation>文档文本片段（重叠匹配）</translation>
    </message>
    <message>
        <source>There is no ground truth: no accepted annotations other than this run&apos;s own.</source>
        <translation>没有真值：除此运行自身的标注外，没有已接受的标注。</translation>
    </message>
</context>
<context>
    <name>rwb::evaluation::ReportTableModel</name>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::CocoFormat</name>
    <message>
        <source>Class &quot;%1&quot; on image %2 is not in the class list; the label was left out.</source>
        <translation>图像 %2 上的类别 &quot;%1&quot; 不在类别列表中；已略去该标注。</translation>
    </message>
    <message>
        <source>line %1: invalid JSON (%2)</source>
        <translation>第 %1 行：JSON 无效（%2）</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;images&quot;, &quot;annotations&quot; and &quot;categories&quot;</source>
        <translation>应为包含 &quot;images&quot;、&quot;annotations&quot; 和 &quot;categories&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;images&quot; and &quot;categories&quot; must be arrays</source>
        <translation>&quot;images&quot; 和 &quot;categories&quot; 必须是数组</translation>
    </message>
    <message>
        <source>a category without a name</source>
        <translation>有一个类别没有名称</translation>
    </message>
    <message>
        <source>image %1 needs a file_name, a width and a height</source>
        <translation>图像 %1 需要 file_name、宽度和高度</translation>
    </message>
    <message>
        <source>annotation %1 refers to an unknown image</source>
        <translation>标注 %1 引用了未知的图像</translation>
    </message>
    <message>
        <source>annotation %1 refers to an unknown category %2</source>
        <translation>标注 %1 引用了未知的类别 %2</translation>
    </message>
    <message>
        <source>annotation %1: keypoints must come in threes</source>
        <translation>标注 %1：关键点必须三个数值一组</translation>
    </message>
    <message>
        <source>annotation %1: a polygon needs at least three x, y pairs</source>
        <translation>标注 %1：多边形至少需要三对 x, y 坐标</translation>
    </message>
    <message>
        <source>annotation %1: damaged compressed RLE</source>
        <translation>标注 %1：压缩 RLE 已损坏</translation>
    </message>
    <message>
        <source>annotation %1: %2</source>
        <translation>标注 %1：%2</translation>
    </message>
    <message>
        <source>annotation %1 has neither a bbox nor a segmentation</source>
        <translation>标注 %1 既没有 bbox 也没有 segmentation</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::CvatFormat</name>
    <message>
        <source>CVAT cannot express the holes of a polygon (class &quot;%1&quot;, image %2); they were left out.</source>
        <translation>CVAT 无法表示多边形的孔洞（类别 &quot;%1&quot;，图像 %2）；已略去孔洞。</translation>
    </message>
    <message>
        <source>CVAT points cannot express keypoint visibility or a skeleton (class &quot;%1&quot;, image %2); the labeled keypoints went as points.</source>
        <translation>CVAT 点无法表示关键点可见性或骨架（类别 &quot;%1&quot;，图像 %2）；已标注的关键点以点的形式导出。</translation>
    </message>
    <message>
        <source>line %1: an image needs name, width and height</source>
        <translation>第 %1 行：图像需要名称、宽度和高度</translation>
    </message>
    <message>
        <source>line %1: a %2 with unreadable coordinates</source>
        <translation>第 %1 行：%2 的坐标无法读取</translation>
    </message>
    <message>
        <source>line %1: a %2 without a label</source>
        <translation>第 %1 行：%2 没有标签</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::DatasetCollector</name>
    <message>
        <source>Label %1 on %2 cannot be read (%3); it was left out.</source>
        <translation>%2 上的标注 %1 无法读取（%3）；已略去。</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::DatasetWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1 (read-only?).</source>
        <translation>无法在 %1 中创建临时文件夹（是否只读？）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (disk full?)</source>
        <translation>无法写入 %1：%2（磁盘已满？）</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The image %1 is missing on disk.</source>
        <translation>磁盘上缺少图像 %1。</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 (disk full?).</source>
        <translation>无法将 %1 复制到 %2（磁盘已满？）。</translation>
    </message>
    <message>
        <source>The target %1 exists already; choose a new folder.</source>
        <translation>目标 %1 已存在；请选择新的文件夹。</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>无法将 %1 移动到 %2。</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::ExchangeActions</name>
    <message>
        <source>&amp;Export Dataset…</source>
        <translation>导出数据集(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the labels in a training format, or a versioned dataset package</source>
        <translation>以训练格式写出标注，或写出带版本的数据集包</translation>
    </message>
    <message>
        <source>Import &amp;Dataset…</source>
        <translation>导入数据集(&amp;D)…</translation>
    </message>
    <message>
        <source>Add the images and labels of a COCO, YOLO, VOC, labelme or CVAT dataset</source>
        <translation>添加 COCO、YOLO、VOC、labelme 或 CVAT 数据集中的图像和标注</translation>
    </message>
    <message>
        <source>&amp;Publish Dataset…</source>
        <translation>发布数据集(&amp;P)…</translation>
    </message>
    <message>
        <source>Copy a dataset package to the shared folder or git repository as a new version</source>
        <translation>将数据集包作为新版本复制到共享文件夹或 git 仓库</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1 was cancelled; nothing was written.</source>
        <translation>%1 已取消，未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s)</source>
        <translation>
            <numerusform>已导出 %n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n label(s).</source>
        <translation>
            <numerusform>（%n 个标注）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package written with %n asset(s).</source>
        <translation>
            <numerusform>已写入数据包，共 %n 个素材。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n image(s)</source>
        <translation>
            <numerusform>已导入 %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>New classes: %1</source>
        <translation>新类别：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n 个文件无法导入：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the job panel).</source>
        <translation>
            <numerusform>… 另有 %n 个（见任务面板）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 finished.</source>
        <translation>%1 已完成。</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::ExportDatasetDialog</name>
    <message>
        <source>Export Dataset</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <source>Dataset package (several formats, splits, manifest, card)</source>
        <translation>数据集包（多种格式、划分、清单、数据集说明）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Linked (hard links where possible)</source>
        <translation>链接（尽可能使用硬链接）</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Left out (labels only)</source>
        <translation>不包含（仅标注）</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>图像(&amp;I)：</translation>
    </message>
    <message>
        <source>A new folder</source>
        <translation>新文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Target folder:</source>
        <translation>目标文件夹(&amp;T)：</translation>
    </message>
    <message>
        <source>The folder must not exist yet; it is written completely or not at all.</source>
        <translation>该文件夹必须尚不存在；导出要么完整写入，要么完全不写入。</translation>
    </message>
    <message>
        <source>Package &amp;formats:</source>
        <translation>数据包格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>时间序列</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Knowledge graph</source>
        <translation>知识图谱</translation>
    </message>
    <message>
        <source>Package &amp;parts:</source>
        <translation>数据包内容(&amp;P)：</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Only accepted or done assets (reviewed)</source>
        <translation>仅包含已接受或已完成的素材（已审核）</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Annotators:</source>
        <translation>标注员(&amp;A)：</translation>
    </message>
    <message>
        <source>Asset &amp;kinds:</source>
        <translation>素材类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Labeled between</source>
        <translation>标注时间介于</translation>
    </message>
    <message>
        <source>and</source>
        <translation>与</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Include model proposals not yet accepted</source>
        <translation>包含尚未接受的模型候选标注</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Keep the splits the assets have (others are dealt anew)</source>
        <translation>保留素材已有的划分（其余素材重新划分）</translation>
    </message>
    <message>
        <source>Split everything anew</source>
        <translation>全部重新划分</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>&amp;Ratios:</source>
        <translation>比例(&amp;R)：</translation>
    </message>
    <message>
        <source>By sequence (frames of one recording stay together)</source>
        <translation>按序列（同一录制的帧保持在一起）</translation>
    </message>
    <message>
        <source>By source folder</source>
        <translation>按来源文件夹</translation>
    </message>
    <message>
        <source>None (each asset alone)</source>
        <translation>无（每个素材单独划分）</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Splits are stratified by class: each split gets its share of every class. The same seed gives the same splits.</source>
        <translation>按类别分层划分：每个划分都按比例包含各个类别。相同的种子产生相同的划分。</translation>
    </message>
    <message>
        <source>Splits</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>许可证(&amp;L)：</translation>
    </message>
    <message>
        <source>What the dataset is for, e.g. training a defect detector for the strip line</source>
        <translation>数据集的用途，例如为带钢产线训练缺陷检测器</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>How the data was collected</source>
        <translation>数据的采集方式</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>采集方式(&amp;C)：</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>数据集说明</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Folder to create the dataset in</source>
        <translation>用于创建数据集的文件夹</translation>
    </message>
    <message>
        <source>What the export could not express or left out:</source>
        <translation>导出中无法表达或被省略的内容：</translation>
    </message>
    <message>
        <source>Choose the folder to write the dataset to.</source>
        <translation>请选择写入数据集的文件夹。</translation>
    </message>
    <message>
        <source>%1 exists already; an export never overwrites. Choose a new folder.</source>
        <translation>%1 已存在；导出从不覆盖。请选择一个新文件夹。</translation>
    </message>
    <message>
        <source>Choose at least one format or part for the package.</source>
        <translation>请为数据包至少选择一种格式或一项内容。</translation>
    </message>
    <message>
        <source>The split ratios must add up to 1 (now %1).</source>
        <translation>划分比例之和必须为 1（当前为 %1）。</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::ExportJob</name>
    <message>
        <source>Export %1 to %2</source>
        <translation>将 %1 导出到 %2</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>正在读取项目…</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot; (known: %2)</source>
        <translation>未知的导出格式 &quot;%1&quot;（可用：%2）</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) exported</source>
        <translation>
            <numerusform>已导出 %n 张图像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rwb::exchange::FormatUtil</name>
    <message>
        <source>%1 cannot express a %2 (class &quot;%3&quot;, image %4); it was left out.</source>
        <translation>%1 无法表示 %2（类别 &quot;%3&quot;，图像 %4）；已略去。</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::ImageFormat</name>
    <message>
        <source>COCO (boxes, polygons, masks, keypoints)</source>
        <translation>COCO（矩形框、多边形、掩膜、关键点）</translation>
    </message>
    <message>
        <source>YOLO / Ultralytics detect</source>
        <translation>YOLO / Ultralytics 检测</translation>
    </message>
    <message>
        <source>YOLO / Ultralytics segment</source>
        <translation>YOLO / Ultralytics 分割</translation>
    </message>
    <message>
        <source>YOLO / Ultralytics oriented boxes</source>
        <translation>YOLO / Ultralytics 旋转框</translation>
    </message>
    <message>
        <source>Pascal VOC (XML and segmentation PNGs)</source>
        <translation>Pascal VOC（XML 和分割 PNG）</translation>
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
        <translation>掩膜 PNG（逐像素类别）</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：文件或文件夹不存在</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>unknown import format &quot;%1&quot; (known: %2)</source>
        <translation>未知的导入格式 &quot;%1&quot;（可用：%2）</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::ImportDatasetDialog</name>
    <message>
        <source>Import Dataset</source>
        <translation>导入数据集</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>The dataset folder, or the annotation file of COCO and CVAT</source>
        <translation>数据集文件夹，或 COCO 和 CVAT 的标注文件</translation>
    </message>
    <message>
        <source>F&amp;ile…</source>
        <translation>文件(&amp;I)…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Read Classes</source>
        <translation>读取类别(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>数据集(&amp;D)：</translation>
    </message>
    <message>
        <source>Read the dataset&apos;s classes to map them to the project&apos;s.</source>
        <translation>读取数据集的类别，以便将其映射到项目的类别。</translation>
    </message>
    <message>
        <source>Class in the dataset</source>
        <translation>数据集中的类别</translation>
    </message>
    <message>
        <source>Class in the project</source>
        <translation>项目中的类别</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Annotation file</source>
        <translation>标注文件</translation>
    </message>
    <message>
        <source>Annotation files (*.json *.xml);;All files (*)</source>
        <translation>标注文件 (*.json *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>数据集文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n label(s))</source>
        <translation>
            <numerusform>%1（%n 个标注）</numerusform>
        </translation>
    </message>
    <message>
        <source>Add as a new class</source>
        <translation>添加为新类别</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in the dataset.</source>
        <translation>
            <numerusform>数据集中有 %n 张图像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) the project does not know: add them or map them to existing classes.</source>
        <translation>
            <numerusform>有 %n 个类别是项目中没有的：请添加这些类别，或将其映射到已有类别。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rwb::exchange::ImportDatasetJob</name>
    <message>
        <source>Import %1 dataset %2</source>
        <translation>导入 %1 数据集 %2</translation>
    </message>
    <message>
        <source>the image is missing on disk</source>
        <translation>磁盘上缺少该图像</translation>
    </message>
    <message>
        <source>cannot read the image: %1</source>
        <translation>无法读取图像：%1</translation>
    </message>
    <message>
        <source>class &quot;%1&quot; is not in the project and not mapped</source>
        <translation>类别 &quot;%1&quot; 不在项目中，也未映射</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) imported</source>
        <translation>
            <numerusform>已导入 %n 张图像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rwb::exchange::LabelSchemaFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: invalid JSON (%3)</source>
        <translation>%1，第 %2 行：无效的 JSON（%3）</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1：应为 JSON 对象</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::LabelmeFormat</name>
    <message>
        <source>labelme cannot express the holes of a polygon (class &quot;%1&quot;, image %2); they were left out.</source>
        <translation>labelme 无法表示多边形的孔洞（类别 &quot;%1&quot;，图像 %2）；已略去孔洞。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: invalid JSON (%2)</source>
        <translation>%1：JSON 无效（%2）</translation>
    </message>
    <message>
        <source>%1: needs imagePath, imageWidth and imageHeight</source>
        <translation>%1：需要 imagePath、imageWidth 和 imageHeight</translation>
    </message>
    <message>
        <source>%1: a shape without a label</source>
        <translation>%1：有一个形状没有标签</translation>
    </message>
    <message>
        <source>%1: a mask shape with unreadable image data</source>
        <translation>%1：有一个掩膜形状的图像数据无法读取</translation>
    </message>
    <message>
        <source>%1: shape &quot;%2&quot; with %3 points cannot be read</source>
        <translation>%1：含 %3 个点的形状 &quot;%2&quot; 无法读取</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::MaskPngFormat</name>
    <message>
        <source>Mask PNGs hold at most 255 classes; %1 classes after the 255th were left out.</source>
        <translation>掩膜 PNG 最多容纳 255 个类别；已略去第 255 个之后的 %1 个类别。</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::ModalityExport</name>
    <message>
        <source>The signal %1 cannot be read (%2); its labels were left out.</source>
        <translation>无法读取信号 %1（%2）；已略去其标注。</translation>
    </message>
    <message>
        <source>The document %1 cannot be read (%2); its labels were left out.</source>
        <translation>无法读取文档 %1（%2）；已略去其标注。</translation>
    </message>
    <message>
        <source>The knowledge graph cannot be read (%1); it was left out.</source>
        <translation>无法读取知识图谱（%1）；已略去。</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::PackageBuilder</name>
    <message>
        <source>Build dataset package %1</source>
        <translation>构建数据集包 %1</translation>
    </message>
    <message>
        <source>The target %1 exists already; choose a new folder.</source>
        <translation>目标 %1 已存在；请选择新的文件夹。</translation>
    </message>
    <message>
        <source>Selecting…</source>
        <translation>正在选择…</translation>
    </message>
    <message>
        <source>The selection is empty: no asset to package.</source>
        <translation>选择结果为空：没有可打包的素材。</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;</source>
        <translation>未知的导出格式 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The image %1 is missing on disk.</source>
        <translation>磁盘上缺少图像 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Package %1 written</source>
        <translation>已写入数据集包 %1</translation>
    </message>
    <message>
        <source>## Purpose

%1

</source>
        <translation>## 用途

%1

</translation>
    </message>
    <message>
        <source>Not stated.</source>
        <translation>未说明。</translation>
    </message>
    <message>
        <source>## Composition

%1 assets with %2 labels in %3 classes. Formats: %4.

</source>
        <translation>## 构成

%1 个素材，含 %3 个类别的 %2 个标注。格式：%4。

</translation>
    </message>
    <message>
        <source>| Split | Assets | Labels |
|---|---:|---:|
</source>
        <translation>| 划分 | 素材 | 标注 |
|---|---:|---:|
</translation>
    </message>
    <message>
        <source>
| Class | Labels |</source>
        <translation>
| 类别 | 标注 |</translation>
    </message>
    <message>
        <source>
Splits: train %1, val %2, test %3 (seed %4, grouped by %5, so that images of one source stay on one side).

</source>
        <translation>
划分：训练 %1，验证 %2，测试 %3（随机种子 %4，按 %5 分组，使同一来源的图像留在同一划分中）。

</translation>
    </message>
    <message>
        <source>## Collection

%1

</source>
        <translation>## 采集

%1

</translation>
    </message>
    <message>
        <source>From the Resonance Workbench project &quot;%1&quot; (%2).</source>
        <translation>来自 Resonance Workbench 项目 &quot;%1&quot;（%2）。</translation>
    </message>
    <message>
        <source>## Labeling and review

Annotators: %1. Share of model-assisted labels: %2 %. Review rate: %3 % of the assets.

</source>
        <translation>## 标注与审核

标注员：%1。模型辅助标注占比：%2 %。已审核素材占比：%3 %。

</translation>
    </message>
    <message>
        <source>## Quality

</source>
        <translation>## 质量

</translation>
    </message>
    <message>
        <source>No evaluation result was attached.

</source>
        <translation>未附评测结果。

</translation>
    </message>
    <message>
        <source>| Metric | Value |</source>
        <translation>| 指标 | 值 |</translation>
    </message>
    <message>
        <source>## Licence

%1

Every file&apos;s SHA-256 is in manifest.json.
</source>
        <translation>## 许可证

%1

每个文件的 SHA-256 均记录在 manifest.json 中。
</translation>
    </message>
    <message>
        <source>%1: no manifest.json</source>
        <translation>%1：没有 manifest.json</translation>
    </message>
    <message>
        <source>%1: the manifest lists no files</source>
        <translation>%1：清单中没有列出任何文件</translation>
    </message>
    <message>
        <source>%1: checksum mismatch%2</source>
        <translation>%1：校验和不匹配%2</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::PublishDialog</name>
    <message>
        <source>Publish Dataset</source>
        <translation>发布数据集</translation>
    </message>
    <message>
        <source>A package folder written by File ▸ Export Dataset…</source>
        <translation>由“文件 ▸ 导出数据集…”写出的数据包文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>数据包(&amp;P)：</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Git remote</source>
        <translation>Git 远程仓库</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Publish &amp;to:</source>
        <translation>发布到(&amp;T)：</translation>
    </message>
    <message>
        <source>Versions already published:</source>
        <translation>已发布的版本：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Listed by</source>
        <translation>记录来源</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>Dataset package</source>
        <translation>数据集包</translation>
    </message>
    <message>
        <source>Shared dataset folder</source>
        <translation>共享数据集文件夹</translation>
    </message>
    <message>
        <source>A local or mounted shared folder</source>
        <translation>本地或已挂载的共享文件夹</translation>
    </message>
    <message>
        <source>e.g. https://git.example.org/datasets.git</source>
        <translation>例如 https://git.example.org/datasets.git</translation>
    </message>
    <message>
        <source>No manifest.json: not a dataset package.</source>
        <translation>没有 manifest.json：不是数据集包。</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>本项目</translation>
    </message>
    <message>
        <source>the folder&apos;s index</source>
        <translation>文件夹索引</translation>
    </message>
    <message>
        <source>Choose the package folder to publish.</source>
        <translation>请选择要发布的数据包文件夹。</translation>
    </message>
    <message>
        <source>Choose where to publish: a folder or a git URL.</source>
        <translation>请选择发布位置：文件夹或 git URL。</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was published.</source>
        <translation>发布已取消，未发布任何内容。</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::PublishJob</name>
    <message>
        <source>Publish %1 to %2</source>
        <translation>将 %1 发布到 %2</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <source>Version %1 of %2 published</source>
        <translation>已发布 %2 的版本 %1</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::Publisher</name>
    <message>
        <source>git cannot be started (is it installed?)</source>
        <translation>无法启动 git（是否已安装？）</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 (disk full?).</source>
        <translation>无法将 %1 复制到 %2（磁盘已满？）。</translation>
    </message>
    <message>
        <source>%1 is not a dataset package (no manifest.json).</source>
        <translation>%1 不是数据集包（没有 manifest.json）。</translation>
    </message>
    <message>
        <source>%1: the manifest needs a name (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;) and a version above 0.</source>
        <translation>%1：清单需要名称（字母、数字、&apos;_&apos;、&apos;-&apos;、&apos;.&apos;）和大于 0 的版本号。</translation>
    </message>
    <message>
        <source>The package %1 is damaged: %2</source>
        <translation>数据集包 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>Unknown publishing target &quot;%1&quot;: use folder:PATH or git:URL.</source>
        <translation>未知的发布目标 &quot;%1&quot;：请使用 folder:PATH 或 git:URL。</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is already published at %3; a published version is never overwritten. Build the package with a new version.</source>
        <translation>&quot;%2&quot; 的版本 %1 已发布在 %3；已发布的版本不会被覆盖。请使用新版本号构建数据集包。</translation>
    </message>
    <message>
        <source>The copy at %1 does not match its checksums: %2</source>
        <translation>%1 处的副本与其校验和不符：%2</translation>
    </message>
    <message>
        <source>Version %1 is published at %2, but the index %3 cannot be written: %4</source>
        <translation>版本 %1 已发布到 %2，但无法写入索引 %3：%4</translation>
    </message>
    <message>
        <source>Cannot reach the git remote %1: %2</source>
        <translation>无法连接 git 远程仓库 %1：%2</translation>
    </message>
    <message>
        <source>Tag %1 exists on %2: version %1 of &quot;%3&quot; is already published and is never overwritten. Build the package with a new version.</source>
        <translation>%2 上已存在标签 %1：&quot;%3&quot; 的版本 %1 已发布，不会被覆盖。请使用新版本号构建数据集包。</translation>
    </message>
    <message>
        <source>git clone %1 failed: %2</source>
        <translation>git clone %1 失败：%2</translation>
    </message>
    <message>
        <source>git %1 failed: %2</source>
        <translation>git %1 失败：%2</translation>
    </message>
    <message>
        <source>The remote %1 refused the push; nothing was published: %2</source>
        <translation>远程仓库 %1 拒绝了推送；未发布任何内容：%2</translation>
    </message>
    <message>
        <source>The push to %1 reported success but tag %2 is not there.</source>
        <translation>推送到 %1 报告成功，但标签 %2 并不存在。</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::VocFormat</name>
    <message>
        <source>%1: no Annotations folder</source>
        <translation>%1：没有 Annotations 文件夹</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: an object without a name</source>
        <translation>%1：有一个对象没有名称</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: no image size and the image cannot be read</source>
        <translation>%1：没有图像尺寸，且无法读取图像</translation>
    </message>
</context>
<context>
    <name>rwb::exchange::YoloFormat</name>
    <message>
        <source>%1: cannot read data.yaml: %2</source>
        <translation>%1：无法读取 data.yaml：%2</translation>
    </message>
    <message>
        <source>%1: data.yaml names no classes</source>
        <translation>%1：data.yaml 中没有类别名称</translation>
    </message>
    <message>
        <source>%1: cannot read the image size</source>
        <translation>%1：无法读取图像尺寸</translation>
    </message>
    <message>
        <source>%1, line %2: expected a class index and normalised coordinates</source>
        <translation>%1，第 %2 行：应为类别索引和归一化坐标</translation>
    </message>
</context>
<context>
    <name>rwb::image::ImageAnnotator</name>
    <message>
        <source>Image annotator</source>
        <translation>图像标注器</translation>
    </message>
</context>
<context>
    <name>rwb::image::ImageAnnotatorWidget</name>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形框</translation>
    </message>
    <message>
        <source>Rotated Rectangle</source>
        <translation>旋转框</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <source>Polyline</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Magic Wand</source>
        <translation>魔棒</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Copy Shapes from Previous Image</source>
        <translation>从上一张图像复制形状</translation>
    </message>
    <message>
        <source>Hide/Show</source>
        <translation>隐藏/显示</translation>
    </message>
    <message>
        <source>Lock/Unlock</source>
        <translation>锁定/解锁</translation>
    </message>
    <message>
        <source>Bring Forward</source>
        <translation>上移一层</translation>
    </message>
    <message>
        <source>Send Backward</source>
        <translation>下移一层</translation>
    </message>
    <message>
        <source>Merge Polygons</source>
        <translation>合并多边形</translation>
    </message>
    <message>
        <source>Convert to Polygon</source>
        <translation>转换为多边形</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Shapes on this image</source>
        <translation>本图像中的形状</translation>
    </message>
    <message>
        <source>Image tags</source>
        <translation>图像标签</translation>
    </message>
    <message>
        <source>Display (does not change pixels)</source>
        <translation>显示（不改变像素）</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>伽马</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>反相</translation>
    </message>
    <message>
        <source>Auto Levels</source>
        <translation>自动色阶</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Asset %1 is not in the project.</source>
        <translation>素材 %1 不在项目中。</translation>
    </message>
    <message>
        <source>Change class</source>
        <translation>更改类别</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>候选标注</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) with unreadable geometry not shown</source>
        <translation>
            <numerusform>%n 个标注的几何数据无法读取，未显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n shape(s)</source>
        <translation>
            <numerusform>编辑 %n 个形状</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n shape(s)</source>
        <translation>
            <numerusform>删除 %n 个形状</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shape(s) copied</source>
        <translation>
            <numerusform>已复制 %n 个形状</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n shape(s)</source>
        <translation>
            <numerusform>粘贴 %n 个形状</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n shape(s)</source>
        <translation>
            <numerusform>创建 %n 个形状的副本</numerusform>
        </translation>
    </message>
    <message>
        <source>No previous image in this session</source>
        <translation>本次会话中没有上一张图像</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n shape(s) from the previous image</source>
        <translation>
            <numerusform>从上一张图像复制 %n 个形状</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide/show shapes</source>
        <translation>隐藏/显示形状</translation>
    </message>
    <message>
        <source>Lock/unlock shapes</source>
        <translation>锁定/解锁形状</translation>
    </message>
    <message>
        <source>Bring forward</source>
        <translation>上移一层</translation>
    </message>
    <message>
        <source>Send backward</source>
        <translation>下移一层</translation>
    </message>
    <message>
        <source>Select two or more polygons to merge</source>
        <translation>请选择两个或更多多边形进行合并</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n polygon(s)</source>
        <translation>
            <numerusform>合并 %n 个多边形</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous / next image</source>
        <translation>上一张 / 下一张图像</translation>
    </message>
    <message>
        <source>Label class</source>
        <translation>标签类别</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Mark the image done</source>
        <translation>将图像标记为已完成</translation>
    </message>
    <message>
        <source>Wheel, + / -</source>
        <translation>滚轮、+ / -</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Middle drag, Alt+drag, arrows</source>
        <translation>中键拖动、Alt+拖动、方向键</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Enter / Backspace / Esc</source>
        <translation>Enter / Backspace / Esc</translation>
    </message>
    <message>
        <source>Finish polygon / remove last vertex / cancel</source>
        <translation>完成多边形 / 删除最后一个顶点 / 取消</translation>
    </message>
    <message>
        <source>Double click on an edge</source>
        <translation>双击边</translation>
    </message>
    <message>
        <source>Insert a vertex</source>
        <translation>插入顶点</translation>
    </message>
    <message>
        <source>Ctrl+click on a vertex</source>
        <translation>Ctrl+单击顶点</translation>
    </message>
    <message>
        <source>Remove the vertex</source>
        <translation>删除该顶点</translation>
    </message>
    <message>
        <source>[ / ]</source>
        <translation>[ / ]</translation>
    </message>
    <message>
        <source>Smaller / larger brush</source>
        <translation>缩小 / 放大画笔</translation>
    </message>
    <message>
        <source>Shift while resizing</source>
        <translation>调整大小时按住 Shift</translation>
    </message>
    <message>
        <source>Keep the aspect ratio</source>
        <translation>保持宽高比</translation>
    </message>
    <message>
        <source>Image Annotator Keys</source>
        <translation>图像标注器快捷键</translation>
    </message>
    <message>
        <source>Keypoints</source>
        <translation>关键点</translation>
    </message>
    <message>
        <source>GrabCut Box</source>
        <translation>GrabCut 框选</translation>
    </message>
    <message>
        <source>Split Polygon</source>
        <translation>分割多边形</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <source>x %1  y %2  value %3  zoom %4%</source>
        <translation>x %1  y %2  值 %3  缩放 %4%</translation>
    </message>
    <message>
        <source>Snap Vertices to Edges</source>
        <translation>顶点吸附到边缘</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>页 </translation>
    </message>
    <message>
        <source>Page of a multi-page TIFF; shapes are kept per page</source>
        <translation>多页 TIFF 的页码；形状按页分别保存</translation>
    </message>
    <message>
        <source>%1 is missing. Move it back, or use Asset ▸ Relocate Missing Files… to point the project at the folder it is in now.</source>
        <translation>%1 缺失。请将其移回原处，或使用“素材 ▸ 重新定位缺失文件…”让项目指向它现在所在的文件夹。</translation>
    </message>
    <message>
        <source>%1 has changed on disk since it was imported (its content no longer matches the SHA-256 recorded in the project). The labels may not fit it; nothing in the project was changed.</source>
        <translation>%1 自导入后已在磁盘上被修改（其内容与项目中记录的 SHA-256 不再一致）。标注可能与其不符；项目未做任何更改。</translation>
    </message>
    <message>
        <source>The cut must cross a polygon from one side to the other</source>
        <translation>切割线必须从一侧到另一侧穿过多边形</translation>
    </message>
    <message numerus="yes">
        <source>Split %n polygon(s)</source>
        <translation>
            <numerusform>分割 %n 个多边形</numerusform>
        </translation>
    </message>
    <message>
        <source>The pixels are still loading; try again in a moment</source>
        <translation>像素仍在加载，请稍后再试</translation>
    </message>
    <message>
        <source>Select polygons or polylines to snap to edges</source>
        <translation>请选择要吸附到边缘的多边形或折线</translation>
    </message>
</context>
<context>
    <name>rwb::image::ImageProbe</name>
    <message>
        <source>not a readable image (%1)</source>
        <translation>不是可读取的图像（%1）</translation>
    </message>
</context>
<context>
    <name>rwb::image::ImageSource</name>
    <message>
        <source>no temporary folder for the tile cache (%1)</source>
        <translation>没有可用于图块缓存的临时文件夹 (%1)</translation>
    </message>
</context>
<context>
    <name>rwb::image::JpegReader</name>
    <message>
        <source>the file cannot be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>damaged JPEG header (%1)</source>
        <translation>JPEG 文件头已损坏 (%1)</translation>
    </message>
    <message>
        <source>CMYK and YCCK JPEG images are not supported</source>
        <translation>不支持 CMYK 和 YCCK JPEG 图像</translation>
    </message>
    <message>
        <source>damaged JPEG data (%1)</source>
        <translation>JPEG 数据已损坏 (%1)</translation>
    </message>
    <message>
        <source>rows were requested out of order</source>
        <translation>未按顺序请求行</translation>
    </message>
    <message>
        <source>damaged or truncated JPEG data near row %1 (%2)</source>
        <translation>第 %1 行附近的 JPEG 数据已损坏或被截断 (%2)</translation>
    </message>
    <message>
        <source>not enough memory for the preview</source>
        <translation>内存不足，无法生成预览</translation>
    </message>
    <message>
        <source>damaged or truncated JPEG data (%1)</source>
        <translation>JPEG 数据已损坏或被截断 (%1)</translation>
    </message>
</context>
<context>
    <name>rwb::image::PngReader</name>
    <message>
        <source>the file cannot be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>not enough memory to start the PNG decoder</source>
        <translation>内存不足，无法启动 PNG 解码器</translation>
    </message>
    <message>
        <source>damaged PNG header (%1)</source>
        <translation>PNG 文件头已损坏 (%1)</translation>
    </message>
    <message>
        <source>unsupported PNG layout (%1 channels of %2 bits)</source>
        <translation>不支持的 PNG 布局（%1 个通道，每通道 %2 位）</translation>
    </message>
    <message>
        <source>interlaced PNG images larger than %1 MB cannot be streamed; save it without interlacing</source>
        <translation>大于 %1 MB 的隔行扫描 PNG 图像无法流式读取；请以非隔行方式重新保存</translation>
    </message>
    <message>
        <source>not enough memory to decode the interlaced image</source>
        <translation>内存不足，无法解码隔行扫描图像</translation>
    </message>
    <message>
        <source>damaged or truncated PNG data (%1)</source>
        <translation>PNG 数据已损坏或被截断 (%1)</translation>
    </message>
    <message>
        <source>damaged or truncated PNG data near row %1 (%2)</source>
        <translation>第 %1 行附近的 PNG 数据已损坏或被截断 (%2)</translation>
    </message>
</context>
<context>
    <name>rwb::image::ProposalPanel</name>
    <message>
        <source>Select a shape first: the model runs on the region it covers.</source>
        <translation>请先选择一个形状：模型将在其覆盖的区域上运行。</translation>
    </message>
    <message>
        <source>Model proposals</source>
        <translation>模型候选标注</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>%1  %2 %  · %3</source>
        <translation>%1  %2 %  · %3</translation>
    </message>
    <message>
        <source>Model proposals (%1 open)</source>
        <translation>模型候选标注（%1 个待处理）</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n proposal(s).</source>
        <translation>
            <numerusform>Accepted %n proposal(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n proposal(s).</source>
        <translation>
            <numerusform>Rejected %n proposal(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n proposal(s) at or above the threshold.</source>
        <translation>
            <numerusform>Accepted %n proposal(s) at or above the threshold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted the remaining %n proposal(s).</source>
        <translation>
            <numerusform>Accepted the remaining %n proposal(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 proposed %n shape(s).</source>
        <translation>
            <numerusform>%1 proposed %n shape(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Accept all ≥</source>
        <translation>全部接受 ≥</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>置信度阈值</translation>
    </message>
    <message>
        <source>Accept the rest</source>
        <translation>接受其余</translation>
    </message>
    <message>
        <source>Run model (I)</source>
        <translation>运行模型 (I)</translation>
    </message>
    <message>
        <source>Model to run</source>
        <translation>要运行的模型</translation>
    </message>
    <message>
        <source>Run model on image</source>
        <translation>在图像上运行模型</translation>
    </message>
    <message>
        <source>Run model on the selected region</source>
        <translation>在所选区域上运行模型</translation>
    </message>
</context>
<context>
    <name>rwb::image::PyramidBuildJob</name>
    <message>
        <source>Build image tiles</source>
        <translation>生成图像图块</translation>
    </message>
    <message>
        <source>Building tiles of %1</source>
        <translation>正在生成 %1 的图块</translation>
    </message>
</context>
<context>
    <name>rwb::image::PyramidBuilder</name>
    <message>
        <source>not enough memory for the tile buffers</source>
        <translation>内存不足，无法分配图块缓冲区</translation>
    </message>
</context>
<context>
    <name>rwb::image::QtRasterReader</name>
    <message>
        <source>unsupported image format or damaged file</source>
        <translation>不支持的图像格式或文件已损坏</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large for a %3 image; convert it to TIFF or PNG</source>
        <translation>%1 × %2 像素对于 %3 图像而言过大；请将其转换为 TIFF 或 PNG</translation>
    </message>
    <message>
        <source>the image cannot be decoded (%1)</source>
        <translation>无法解码图像 (%1)</translation>
    </message>
</context>
<context>
    <name>rwb::image::RasterReader</name>
    <message>
        <source>Cannot read image %1: %2</source>
        <translation>无法读取图像 %1：%2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>无法打开文件 (%1)</translation>
    </message>
    <message>
        <source>the file is empty or too short to be an image</source>
        <translation>文件为空或过短，不是有效的图像</translation>
    </message>
    <message numerus="yes">
        <source>page %1 does not exist (the image has %n page(s))</source>
        <translation>
            <numerusform>第 %1 页不存在（该图像共 %n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>the image has no pixels</source>
        <translation>图像没有像素</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is larger than the supported %3 megapixels</source>
        <translation>%1 × %2 像素超出了支持的上限 %3 百万像素</translation>
    </message>
    <message>
        <source>%1 channels of %2 bits are not supported</source>
        <translation>不支持 %1 个通道、每通道 %2 位的图像</translation>
    </message>
    <message>
        <source>read past the last row</source>
        <translation>读取超出了最后一行</translation>
    </message>
    <message>
        <source>not enough memory for %1 rows</source>
        <translation>内存不足，无法容纳 %1 行</translation>
    </message>
</context>
<context>
    <name>rwb::image::RleMask</name>
    <message>
        <source>mask: &quot;%1&quot; must be an integer</source>
        <translation>掩膜：“%1”必须是整数</translation>
    </message>
    <message>
        <source>mask: negative size %1 × %2</source>
        <translation>掩膜：尺寸为负 %1 × %2</translation>
    </message>
    <message>
        <source>mask: &quot;rle&quot; must be an array of run lengths</source>
        <translation>掩膜：“rle”必须是游程长度数组</translation>
    </message>
    <message>
        <source>mask: %1 × %2 pixels is too large</source>
        <translation>掩膜：%1 × %2 像素过大</translation>
    </message>
    <message>
        <source>mask: run lengths must be non-negative integers</source>
        <translation>掩膜：游程长度必须是非负整数</translation>
    </message>
    <message>
        <source>mask: the runs cover %1 pixels, the box %2</source>
        <translation>掩膜：游程覆盖 %1 个像素，而矩形框为 %2 个</translation>
    </message>
    <message>
        <source>COCO mask: the counts cover %1 pixels, the image %2</source>
        <translation>COCO 掩膜：counts 覆盖 %1 个像素，而图像为 %2 个</translation>
    </message>
</context>
<context>
    <name>rwb::image::Shape</name>
    <message>
        <source>&quot;%1&quot; must be a finite number</source>
        <translation>“%1”必须是有限数值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative</source>
        <translation>“%1”不能为负数</translation>
    </message>
    <message>
        <source>&quot;points&quot; must be an array</source>
        <translation>“points”必须是数组</translation>
    </message>
    <message>
        <source>%1 points given, at least %2 needed</source>
        <translation>给出了 %1 个点，至少需要 %2 个</translation>
    </message>
    <message>
        <source>each point must be an array of %1 numbers</source>
        <translation>每个点必须是包含 %1 个数值的数组</translation>
    </message>
    <message>
        <source>point coordinates must be finite</source>
        <translation>点坐标必须是有限数值</translation>
    </message>
    <message>
        <source>keypoint visibility must be 0, 1 or 2</source>
        <translation>关键点可见性必须为 0、1 或 2</translation>
    </message>
    <message>
        <source>unknown image shape &quot;%1&quot;</source>
        <translation>未知的图像形状“%1”</translation>
    </message>
    <message>
        <source>invalid %1 geometry: %2</source>
        <translation>无效的%1几何数据：%2</translation>
    </message>
    <message>
        <source>&quot;holes&quot; must be an array of rings</source>
        <translation>“holes”必须是环的数组</translation>
    </message>
    <message>
        <source>&quot;thickness&quot; must not be negative</source>
        <translation>“thickness”不能为负数</translation>
    </message>
    <message>
        <source>edges must join existing keypoints</source>
        <translation>边必须连接已有的关键点</translation>
    </message>
</context>
<context>
    <name>rwb::image::TiffReader</name>
    <message>
        <source>unknown libtiff error</source>
        <translation>未知的 libtiff 错误</translation>
    </message>
    <message>
        <source>damaged TIFF header (%1)</source>
        <translation>TIFF 文件头已损坏 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>page %1 does not exist (the image has %n page(s))</source>
        <translation>
            <numerusform>第 %1 页不存在（该图像共 %n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bits per sample are not supported (only 8 and 16)</source>
        <translation>不支持每样本 %1 位（仅支持 8 位和 16 位）</translation>
    </message>
    <message>
        <source>floating-point and signed samples are not supported</source>
        <translation>不支持浮点和有符号样本</translation>
    </message>
    <message>
        <source>%1 samples per pixel are not supported (only 1, 3 and 4)</source>
        <translation>不支持每像素 %1 个样本（仅支持 1、3 和 4）</translation>
    </message>
    <message>
        <source>separate colour planes are not supported</source>
        <translation>不支持分离的颜色平面</translation>
    </message>
    <message>
        <source>photometric interpretation %1 with %2 samples is not supported</source>
        <translation>不支持光度解释 %1 搭配 %2 个样本</translation>
    </message>
    <message>
        <source>invalid tile size %1 × %2</source>
        <translation>无效的图块尺寸 %1 × %2</translation>
    </message>
    <message>
        <source>damaged TIFF tile at %1, %2 (%3)</source>
        <translation>位于 %1, %2 的 TIFF 图块已损坏 (%3)</translation>
    </message>
    <message>
        <source>damaged TIFF data at row %1 (%2)</source>
        <translation>第 %1 行的 TIFF 数据已损坏 (%2)</translation>
    </message>
    <message>
        <source>damaged TIFF strip at row %1 (%2)</source>
        <translation>第 %1 行的 TIFF 条带已损坏 (%2)</translation>
    </message>
    <message>
        <source>truncated TIFF strip at row %1</source>
        <translation>第 %1 行的 TIFF 条带被截断</translation>
    </message>
</context>
<context>
    <name>rwb::image::TilePyramid</name>
    <message>
        <source>Tile cache %1 of image %2: %3</source>
        <translation>图像 %2 的图块缓存 %1：%3</translation>
    </message>
    <message>
        <source>cannot open %1 (%2)</source>
        <translation>无法打开 %1 (%2)</translation>
    </message>
    <message>
        <source>tile %1, %2 of level %3 is truncated</source>
        <translation>第 %3 层的图块 %1, %2 被截断</translation>
    </message>
    <message>
        <source>tile %1, %2 of level %3 is damaged</source>
        <translation>第 %3 层的图块 %1, %2 已损坏</translation>
    </message>
    <message>
        <source>not enough memory for a tile</source>
        <translation>内存不足，无法分配图块</translation>
    </message>
    <message>
        <source>cannot remove the old manifest</source>
        <translation>无法删除旧清单</translation>
    </message>
    <message>
        <source>cannot remove the old cache</source>
        <translation>无法删除旧缓存</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>无法写入 %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rwb::image::ToolController</name>
    <message>
        <source>The pixels are still loading; try again in a moment</source>
        <translation>像素仍在加载，请稍后再试</translation>
    </message>
    <message>
        <source>GrabCut found no object in the box</source>
        <translation>GrabCut 未在框内找到目标</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::Commands</name>
    <message>
        <source>Add edge %1 → %2</source>
        <translation>添加边 %1 → %2</translation>
    </message>
    <message>
        <source>Add evidence (annotation %1)</source>
        <translation>添加证据（标注 %1）</translation>
    </message>
    <message>
        <source>Add node %1</source>
        <translation>添加节点 %1</translation>
    </message>
    <message>
        <source>Add node type %1</source>
        <translation>添加节点类型 %1</translation>
    </message>
    <message>
        <source>Add relation type %1</source>
        <translation>添加关系类型 %1</translation>
    </message>
    <message>
        <source>Edit edge %1</source>
        <translation>编辑边 %1</translation>
    </message>
    <message>
        <source>Edit node %1</source>
        <translation>编辑节点 %1</translation>
    </message>
    <message>
        <source>Edit node type %1</source>
        <translation>编辑节点类型 %1</translation>
    </message>
    <message>
        <source>Edit relation type %1</source>
        <translation>编辑关系类型 %1</translation>
    </message>
    <message>
        <source>Map label class %1 to node %2</source>
        <translation>将标签类别 %1 映射到节点 %2</translation>
    </message>
    <message>
        <source>Remove edge %1</source>
        <translation>删除边 %1</translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <translation>删除证据 %1</translation>
    </message>
    <message>
        <source>Remove node %1</source>
        <translation>删除节点 %1</translation>
    </message>
    <message>
        <source>Remove node type %1</source>
        <translation>删除节点类型 %1</translation>
    </message>
    <message>
        <source>Remove relation type %1</source>
        <translation>删除关系类型 %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>移动 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::EdgeTableModel</name>
    <message>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>There is no relation type &quot;%1&quot;.</source>
        <translation>没有关系类型 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>A confidence is a number from 0 to 1, not &quot;%1&quot;.</source>
        <translation>置信度是 0 到 1 之间的数，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>To</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::EvidencePanel</name>
    <message>
        <source>no image</source>
        <translation>无图像</translation>
    </message>
    <message>
        <source>outside the image</source>
        <translation>超出图像范围</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>no signal cache</source>
        <translation>无信号缓存</translation>
    </message>
    <message>
        <source>%1, samples %2–%3</source>
        <translation>%1，采样点 %2–%3</translation>
    </message>
    <message>
        <source>page %1, characters %2–%3</source>
        <translation>第 %1 页，字符 %2–%3</translation>
    </message>
    <message>
        <source>Link Annotation…</source>
        <translation>链接标注…</translation>
    </message>
    <message>
        <source>Link an annotation of the open asset as evidence</source>
        <translation>将打开的素材中的一个标注链接为证据</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消链接</translation>
    </message>
    <message>
        <source>Open Asset</source>
        <translation>打开素材</translation>
    </message>
    <message>
        <source>Images: %1 · Signals: %2 · Documents: %3</source>
        <translation>图像：%1 · 信号：%2 · 文档：%3</translation>
    </message>
    <message>
        <source>region %1 × %2 px at (%3, %4)</source>
        <translation>位于 (%3, %4) 的 %1 × %2 像素区域</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Select a node or an edge to see its evidence.</source>
        <translation>选择一个节点或一条边以查看其证据。</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>%1 的证据</translation>
    </message>
    <message>
        <source>No label class is mapped to this node.</source>
        <translation>没有标签类别映射到此节点。</translation>
    </message>
    <message>
        <source>Label classes: %1</source>
        <translation>标签类别：%1</translation>
    </message>
    <message>
        <source>Evidence for %1 %2 %3</source>
        <translation>%1 %2 %3 的证据</translation>
    </message>
    <message>
        <source>Annotation %1 no longer exists</source>
        <translation>标注 %1 已不存在</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>no class</source>
        <translation>无类别</translation>
    </message>
    <message>
        <source>Select a node or an edge first.</source>
        <translation>请先选择一个节点或一条边。</translation>
    </message>
    <message>
        <source>Open an asset and label it first: its annotations can then be linked as evidence.</source>
        <translation>请先打开一个素材并进行标注：之后即可将其标注链接为证据。</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2（%3）</translation>
    </message>
    <message>
        <source>The open asset has no annotations.</source>
        <translation>打开的素材没有标注。</translation>
    </message>
    <message>
        <source>Link Annotation as Evidence</source>
        <translation>将标注链接为证据</translation>
    </message>
    <message>
        <source>Annotation of the open asset:</source>
        <translation>打开的素材中的标注：</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::GraphCanvas</name>
    <message>
        <source>No relation type allows an edge from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>没有关系类型允许从 &quot;%1&quot; 到 &quot;%2&quot; 的边。</translation>
    </message>
    <message>
        <source>New node</source>
        <translation>新节点</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>删除 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n node(s) with %1…</source>
        <translation>
            <numerusform>正在用 %1 为 %n 个节点布局…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::GraphImporter</name>
    <message>
        <source>%1: node &quot;%2&quot; has no type</source>
        <translation>%1：节点 &quot;%2&quot; 没有类型</translation>
    </message>
    <message>
        <source>%1: unknown node types: %2</source>
        <translation>%1：未知的节点类型：%2</translation>
    </message>
    <message>
        <source>%1: unknown relation types: %2</source>
        <translation>%1：未知的关系类型：%2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid type name</source>
        <translation>%1：&quot;%2&quot; 不是有效的类型名</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid node key</source>
        <translation>%1：&quot;%2&quot; 不是有效的节点键</translation>
    </message>
    <message>
        <source>%1: node &quot;%2&quot; appears twice</source>
        <translation>%1：节点 &quot;%2&quot; 出现了两次</translation>
    </message>
    <message>
        <source>%1: edge %2 —%3→ %4 leads to node &quot;%5&quot;, which neither the file nor the project has</source>
        <translation>%1：边 %2 —%3→ %4 指向节点 &quot;%5&quot;，但文件和项目中都没有该节点</translation>
    </message>
    <message>
        <source>%1: edge %2 —%3→ %4 has a confidence outside 0…1</source>
        <translation>%1：边 %2 —%3→ %4 的置信度不在 0…1 之间</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>edge %1 —%2→ %3</source>
        <translation>边 %1 —%2→ %3</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::GraphInspector</name>
    <message>
        <source>Select a node or an edge to edit it.</source>
        <translation>选择一个节点或一条边以进行编辑。</translation>
    </message>
    <message>
        <source>separated by ;</source>
        <translation>以 ; 分隔</translation>
    </message>
    <message>
        <source>Label (English):</source>
        <translation>标签（英文）：</translation>
    </message>
    <message>
        <source>Label (Chinese):</source>
        <translation>标签（中文）：</translation>
    </message>
    <message>
        <source>Aliases (English):</source>
        <translation>别名（英文）：</translation>
    </message>
    <message>
        <source>Aliases (Chinese):</source>
        <translation>别名（中文）：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>键：</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>关系：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>起点：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>终点：</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>置信度：</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>This node type has no properties.</source>
        <translation>此节点类型没有属性。</translation>
    </message>
    <message>
        <source>This relation type has no properties.</source>
        <translation>此关系类型没有属性。</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::GraphLayout</name>
    <message>
        <source>Layered (dot) — causal chains</source>
        <translation>分层（dot）— 因果链</translation>
    </message>
    <message>
        <source>Force-directed (sfdp) — large graphs</source>
        <translation>力导向（sfdp）— 大型图谱</translation>
    </message>
    <message>
        <source>Spring (neato)</source>
        <translation>弹簧（neato）</translation>
    </message>
    <message>
        <source>Graphviz could not be started.</source>
        <translation>无法启动 Graphviz。</translation>
    </message>
    <message>
        <source>The Graphviz layout &quot;%1&quot; failed.</source>
        <translation>Graphviz 布局 &quot;%1&quot; 失败。</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::GraphStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid node type name</source>
        <translation>&quot;%1&quot; 不是有效的节点类型名</translation>
    </message>
    <message>
        <source>the ontology already has a type &quot;%1&quot;</source>
        <translation>本体中已有类型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>node type %1 does not exist</source>
        <translation>节点类型 %1 不存在</translation>
    </message>
    <message numerus="yes">
        <source>node type &quot;%1&quot; is used by %n node(s)</source>
        <translation>
            <numerusform>节点类型 &quot;%1&quot; 被 %n 个节点使用</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid relation type name</source>
        <translation>&quot;%1&quot; 不是有效的关系类型名</translation>
    </message>
    <message>
        <source>relation type %1 does not exist</source>
        <translation>关系类型 %1 不存在</translation>
    </message>
    <message numerus="yes">
        <source>relation type &quot;%1&quot; is used by %n edge(s)</source>
        <translation>
            <numerusform>关系类型 &quot;%1&quot; 被 %n 条边使用</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid node key (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;)</source>
        <translation>&quot;%1&quot; 不是有效的节点键（字母、数字、&apos;_&apos;、&apos;-&apos;、&apos;.&apos;）</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; of a %2 must be of type %3</source>
        <translation>%2 的属性 &quot;%1&quot; 必须是 %3 类型</translation>
    </message>
    <message>
        <source>node %1 does not exist</source>
        <translation>节点 %1 不存在</translation>
    </message>
    <message>
        <source>a confidence lies between 0 and 1</source>
        <translation>置信度必须在 0 到 1 之间</translation>
    </message>
    <message>
        <source>a node with the key &quot;%1&quot; exists already</source>
        <translation>键为 &quot;%1&quot; 的节点已存在</translation>
    </message>
    <message>
        <source>a node needs a key</source>
        <translation>节点需要一个键</translation>
    </message>
    <message>
        <source>edge %1 does not exist</source>
        <translation>边 %1 不存在</translation>
    </message>
    <message>
        <source>evidence supports either a node or an edge</source>
        <translation>证据只能支持一个节点或一条边</translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation>标注 %1 不存在</translation>
    </message>
    <message>
        <source>annotation %1 is already evidence for this %2</source>
        <translation>标注 %1 已经是该%2的证据</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>边</translation>
    </message>
    <message>
        <source>evidence %1 does not exist</source>
        <translation>证据 %1 不存在</translation>
    </message>
    <message>
        <source>label class %1 does not exist</source>
        <translation>标签类别 %1 不存在</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::KnowledgeWorkspace</name>
    <message>
        <source>Knowledge Graph</source>
        <translation>知识图谱</translation>
    </message>
    <message>
        <source>Search labels and aliases…</source>
        <translation>搜索标签和别名…</translation>
    </message>
    <message>
        <source>Node Types</source>
        <translation>节点类型</translation>
    </message>
    <message>
        <source>Show or hide nodes by type</source>
        <translation>按类型显示或隐藏节点</translation>
    </message>
    <message>
        <source>Add Node</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <source>Add a node at the centre (or double-click the canvas)</source>
        <translation>在中心添加节点（或双击画布）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>聚焦</translation>
    </message>
    <message>
        <source>Show only the selected nodes</source>
        <translation>仅显示选中的节点</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <source>Add the neighbours of the selected nodes</source>
        <translation>添加选中节点的相邻节点</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Clear Highlight</source>
        <translation>清除高亮</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation>小地图</translation>
    </message>
    <message>
        <source>Shift+drag from a node to another to connect them</source>
        <translation>按住 Shift 从一个节点拖动到另一个节点即可连接它们</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Node Page and Evidence</source>
        <translation>节点页面与证据</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Nodes and Edges</source>
        <translation>节点和边</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>边</translation>
    </message>
    <message>
        <source>No node matches &quot;%1&quot;.</source>
        <translation>没有与 &quot;%1&quot; 匹配的节点。</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) found</source>
        <translation>
            <numerusform>找到 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Graph</source>
        <translation>导入图谱</translation>
    </message>
    <message>
        <source>Graphs (*.ttl *.nt *.csv);;All files (*)</source>
        <translation>图谱 (*.ttl *.nt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported %1 nodes and %2 edges. This evidence was not linked, the project has no such annotation:
%3</source>
        <translation>已导入 %1 个节点和 %2 条边。以下证据未关联，项目中没有对应的标注：
%3</translation>
    </message>
    <message>
        <source>Imported %1: %2 nodes and %3 edges added, %4 nodes matched</source>
        <translation>已导入 %1：新增 %2 个节点和 %3 条边，匹配 %4 个已有节点</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import a graph from Turtle, N-Triples or Neo4j CSV (one undoable step)</source>
        <translation>从 Turtle、N-Triples 或 Neo4j CSV 导入图谱（可一步撤销）</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::Neo4jCsv</name>
    <message>
        <source>%1: line %2: a quoted field is not closed</source>
        <translation>%1：第 %2 行：引号字段未闭合</translation>
    </message>
    <message>
        <source>%1: line %2: properties are not a JSON object</source>
        <translation>%1：第 %2 行：属性不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: no header line</source>
        <translation>%1：没有表头行</translation>
    </message>
    <message>
        <source>%1: the header needs a key:ID and a :LABEL column</source>
        <translation>%1：表头需要 key:ID 列和 :LABEL 列</translation>
    </message>
    <message>
        <source>%1: line %2: %3 fields, the header has %4</source>
        <translation>%1：第 %2 行：有 %3 个字段，表头有 %4 个</translation>
    </message>
    <message>
        <source>%1: the header needs :START_ID, :END_ID and :TYPE columns</source>
        <translation>%1：表头需要 :START_ID、:END_ID 和 :TYPE 列</translation>
    </message>
    <message>
        <source>%1: line %2: confidence &quot;%3&quot; is not a number</source>
        <translation>%1：第 %2 行：置信度 &quot;%3&quot; 不是数字</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::NodeTableModel</name>
    <message>
        <source>There is no node type &quot;%1&quot;.</source>
        <translation>没有节点类型 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>标签（英文）</translation>
    </message>
    <message>
        <source>Label (Chinese)</source>
        <translation>标签（中文）</translation>
    </message>
    <message>
        <source>Aliases (English)</source>
        <translation>别名（英文）</translation>
    </message>
    <message>
        <source>Aliases (Chinese)</source>
        <translation>别名（中文）</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::Ontology</name>
    <message>
        <source>a node type has no name</source>
        <translation>有节点类型没有名称</translation>
    </message>
    <message>
        <source>node type &quot;%1&quot; is defined twice</source>
        <translation>节点类型 &quot;%1&quot; 定义了两次</translation>
    </message>
    <message>
        <source>node type &quot;%1&quot; has an invalid colour &quot;%2&quot;</source>
        <translation>节点类型 &quot;%1&quot; 的颜色 &quot;%2&quot; 无效</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; of &quot;%2&quot; has an unknown type &quot;%3&quot;</source>
        <translation>&quot;%2&quot; 的属性 &quot;%1&quot; 的类型 &quot;%3&quot; 未知</translation>
    </message>
    <message>
        <source>a relation type has no name</source>
        <translation>有关系类型没有名称</translation>
    </message>
    <message>
        <source>relation type &quot;%1&quot; is defined twice</source>
        <translation>关系类型 &quot;%1&quot; 定义了两次</translation>
    </message>
    <message>
        <source>relation type &quot;%1&quot; refers to an unknown node type &quot;%2&quot;</source>
        <translation>关系类型 &quot;%1&quot; 引用了未知的节点类型 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>relation type &quot;%1&quot; is symmetric but directed</source>
        <translation>关系类型 &quot;%1&quot; 既是对称的又是有向的</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2 (%3)</source>
        <translation>%1：偏移 %2 处不是有效的 JSON（%3）</translation>
    </message>
    <message>
        <source>%1: not an ontology file</source>
        <translation>%1：不是本体文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Missing starter ontology %1</source>
        <translation>缺少初始本体 %1</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::QueryPanel</name>
    <message>
        <source>Root causes</source>
        <translation>根因</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>最短路径</translation>
    </message>
    <message>
        <source>Neighbours within k</source>
        <translation>k 步以内的相邻节点</translation>
    </message>
    <message>
        <source>the selected node, or a label</source>
        <translation>选中的节点，或一个标签</translation>
    </message>
    <message>
        <source>a label</source>
        <translation>一个标签</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>查询：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>起点：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>终点：</translation>
    </message>
    <message>
        <source>Depth:</source>
        <translation>深度：</translation>
    </message>
    <message>
        <source>Run Query</source>
        <translation>运行查询</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>No graph is open.</source>
        <translation>没有打开的图谱。</translation>
    </message>
    <message>
        <source>Choose a start node: select one on the canvas or type its label.</source>
        <translation>请选择起始节点：在画布上选中一个，或输入其标签。</translation>
    </message>
    <message numerus="yes">
        <source>%n root-cause chain(s) (more exist; only the first are listed)</source>
        <translation>
            <numerusform>%n 条根因链（还有更多，仅列出前面的部分）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n root-cause chain(s)</source>
        <translation>
            <numerusform>%n 条根因链</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) affected</source>
        <translation>
            <numerusform>%n 个节点受影响</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the node the path leads to.</source>
        <translation>请选择路径通往的节点。</translation>
    </message>
    <message>
        <source>No path connects the two nodes.</source>
        <translation>没有路径连接这两个节点。</translation>
    </message>
    <message numerus="yes">
        <source>A path of %n step(s)</source>
        <translation>
            <numerusform>一条 %n 步的路径</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbour(s)</source>
        <translation>
            <numerusform>%n 个相邻节点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::RdfReader</name>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1：第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: %2 MB is more than the %3 MB an RDF import may be; split the file</source>
        <translation>%1：%2 MB 超过了 RDF 导入的上限 %3 MB，请拆分文件</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::ValidationPanel</name>
    <message>
        <source>Validate</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::ValidationReportModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
</context>
<context>
    <name>rwb::knowledge::Validator</name>
    <message>
        <source>edge %1 leads to a node that does not exist</source>
        <translation>边 %1 指向不存在的节点</translation>
    </message>
    <message>
        <source>%1: a %2 cannot be the source of &quot;%3&quot; (allowed: %4)</source>
        <translation>%1：%2 不能作为 &quot;%3&quot; 的起点（允许：%4）</translation>
    </message>
    <message>
        <source>%1: a %2 cannot be the target of &quot;%3&quot; (allowed: %4)</source>
        <translation>%1：%2 不能作为 &quot;%3&quot; 的终点（允许：%4）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3, but %4 already has %5</source>
        <translation>%1：&quot;%2&quot; 的基数是 %3，但 %4 已有 %5</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3, but %4 is already reached by %5</source>
        <translation>%1：&quot;%2&quot; 的基数是 %3，但 %4 已被 %5 指向</translation>
    </message>
    <message>
        <source>causal cycle through %1</source>
        <translation>经过 %1 的因果环</translation>
    </message>
    <message>
        <source>%1 is not connected to anything</source>
        <translation>%1 没有与任何节点相连</translation>
    </message>
    <message>
        <source>%1 and %2 are both called &quot;%3&quot;</source>
        <translation>%1 和 %2 都叫 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 has no evidence; every &quot;%2&quot; edge needs at least one</source>
        <translation>%1 没有证据；每条 &quot;%2&quot; 边至少需要一条证据</translation>
    </message>
    <message>
        <source>evidence %1 refers to annotation %2, which no longer exists</source>
        <translation>证据 %1 引用的标注 %2 已不存在</translation>
    </message>
</context>
<context>
    <name>rwb::project</name>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>时序数据</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待标注</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>标注中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未划分</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>候选标注</translation>
    </message>
</context>
<context>
    <name>rwb::project::AnnotationStore</name>
    <message>
        <source>an annotation needs a kind (box, polygon, range, …)</source>
        <translation>标注必须指定类型（box、polygon、range 等）</translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation>标注 %1 不存在</translation>
    </message>
</context>
<context>
    <name>rwb::project::AssetBrowser</name>
    <message>
        <source>Filter by file name</source>
        <translation>按文件名筛选</translation>
    </message>
    <message>
        <source>Show assets as a list</source>
        <translation>以列表显示素材</translation>
    </message>
    <message>
        <source>Show assets as thumbnails</source>
        <translation>以缩略图显示素材</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>全部划分</translation>
    </message>
    <message>
        <source>Sort: order added</source>
        <translation>排序：添加顺序</translation>
    </message>
    <message>
        <source>Sort: name</source>
        <translation>排序：名称</translation>
    </message>
    <message>
        <source>Sort: status</source>
        <translation>排序：状态</translation>
    </message>
    <message>
        <source>Sort: last modified</source>
        <translation>排序：最后修改时间</translation>
    </message>
    <message>
        <source>Kind of asset</source>
        <translation>素材类型</translation>
    </message>
    <message>
        <source>Labeling status</source>
        <translation>标注状态</translation>
    </message>
    <message>
        <source>Assets with at least one annotation of this label class</source>
        <translation>至少含有一个此标签类别标注的素材</translation>
    </message>
    <message>
        <source>Dataset split</source>
        <translation>数据集划分</translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation>反转排序</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开任何项目。</translation>
    </message>
    <message>
        <source>No asset matches the filter.</source>
        <translation>没有符合筛选条件的素材。</translation>
    </message>
    <message>
        <source>No assets yet.
Use File ▸ Import Files… to add images, signals or documents.</source>
        <translation>还没有素材。
请使用“文件 ▸ 导入文件…”添加图像、信号或文档。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n 个素材</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 assets</source>
        <translation>%1 / %2 个素材</translation>
    </message>
    <message>
        <source>With open proposals</source>
        <translation>有待处理的候选标注</translation>
    </message>
    <message>
        <source>Only images with model proposals still to review</source>
        <translation>仅显示仍有待审核的模型候选标注的图像</translation>
    </message>
    <message>
        <source>Queue #%1</source>
        <translation>队列 #%1</translation>
    </message>
    <message>
        <source>Sort: queue rank</source>
        <translation>排序：队列排名</translation>
    </message>
    <message>
        <source>No labeling queue</source>
        <translation>无标注队列</translation>
    </message>
    <message>
        <source>Only the assets of this targeted-labeling queue, in its order</source>
        <translation>仅显示此定向标注队列中的素材，并按队列顺序排列</translation>
    </message>
</context>
<context>
    <name>rwb::project::AssetListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>rwb::project::AssetOverview</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>rwb::project::AssetOverviewWidget</name>
    <message>
        <source>Path:</source>
        <translation>路径：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Media type:</source>
        <translation>媒体类型：</translation>
    </message>
    <message>
        <source>File size:</source>
        <translation>文件大小：</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Bit depth:</source>
        <translation>位深度：</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>页数：</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>通道数：</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>采样点数：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>划分：</translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation>标注：</translation>
    </message>
    <message>
        <source>Label classes:</source>
        <translation>标签类别：</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>添加时间：</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>修改时间：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>No asset is open.</source>
        <translation>未打开任何素材。</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message numerus="yes">
        <source>%n bit(s)</source>
        <translation>
            <numerusform>%n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 个标注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n 个候选标注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n 个已拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no class: %1</source>
        <translation>无类别：%1</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>正在加载预览…</translation>
    </message>
    <message>
        <source>Cannot show the image: %1</source>
        <translation>无法显示图像：%1</translation>
    </message>
</context>
<context>
    <name>rwb::project::AssetRelocator</name>
    <message>
        <source>No file of the project is missing.</source>
        <translation>项目中没有缺失的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n missing file(s) found and relocated.</source>
        <translation>
            <numerusform>%n 个缺失文件中已找到并重新定位 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with the right name but other content were left alone: %1</source>
        <translation>
            <numerusform>有 %n 个文件名称相同但内容不同，未做处理：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still missing: %1</source>
        <translation>
            <numerusform>仍然缺失：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rwb::project::AssetStore</name>
    <message>
        <source>Asset %1 does not exist</source>
        <translation>素材 %1 不存在</translation>
    </message>
</context>
<context>
    <name>rwb::project::AttributeEditor</name>
    <message>
        <source>Nothing selected</source>
        <translation>未选中任何内容</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) selected</source>
        <translation>
            <numerusform>已选中 %n 个标注</numerusform>
        </translation>
    </message>
    <message>
        <source>(several classes)</source>
        <translation>（多个类别）</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>Drawn by hand</source>
        <translation>手工绘制</translation>
    </message>
    <message>
        <source>Model %1, confidence %2</source>
        <translation>模型 %1，置信度 %2</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>proposal, not yet accepted</source>
        <translation>候选标注，尚未接受</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>修订 %1</translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>（多个值）</translation>
    </message>
</context>
<context>
    <name>rwb::project::Commands</name>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Add attribute %1</source>
        <translation>添加属性 %1</translation>
    </message>
    <message>
        <source>Add label class %1</source>
        <translation>添加标签类别 %1</translation>
    </message>
    <message>
        <source>Add relation %1</source>
        <translation>添加关系 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>将状态设为“%1”</translation>
    </message>
    <message>
        <source>Edit asset</source>
        <translation>编辑素材</translation>
    </message>
    <message>
        <source>Edit attribute %1</source>
        <translation>编辑属性 %1</translation>
    </message>
    <message>
        <source>Edit label class %1</source>
        <translation>编辑标签类别 %1</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>删除属性</translation>
    </message>
    <message>
        <source>attribute %1 does not exist</source>
        <translation>属性 %1 不存在</translation>
    </message>
    <message>
        <source>Delete label class</source>
        <translation>删除标签类别</translation>
    </message>
    <message>
        <source>label class %1 does not exist</source>
        <translation>标签类别 %1 不存在</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>删除关系</translation>
    </message>
</context>
<context>
    <name>rwb::project::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>磁盘已满（%1）</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>文件已损坏（%1）</translation>
    </message>
    <message>
        <source>%1: %2 [%3]</source>
        <translation>%1：%2 [%3]</translation>
    </message>
</context>
<context>
    <name>rwb::project::ImportJob</name>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>读取错误：%1</translation>
    </message>
    <message>
        <source>no file matches this pattern</source>
        <translation>没有与此模式匹配的文件</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>正在查找文件…</translation>
    </message>
    <message>
        <source>unknown file type &quot;%1&quot;</source>
        <translation>未知的文件类型“%1”</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rwb::project::JobItemWidget</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop this job; what it has finished stays in the project.</source>
        <translation>停止此任务；已完成的部分会保留在项目中。</translation>
    </message>
    <message>
        <source>Show the files this job could not process</source>
        <translation>显示此任务未能处理的文件</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)…</source>
        <translation>
            <numerusform>%n 个错误…</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors of &quot;%1&quot;</source>
        <translation>“%1”的错误</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>rwb::project::JobPanel</name>
    <message>
        <source>No jobs. Imports and other long work show their progress here.</source>
        <translation>没有任务。导入及其他耗时操作的进度会显示在这里。</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已结束的任务</translation>
    </message>
</context>
<context>
    <name>rwb::project::LabelAttribute</name>
    <message>
        <source>attribute &quot;%1&quot; is required</source>
        <translation>属性“%1”为必填项</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; must be true or false</source>
        <translation>属性“%1”必须为 true 或 false</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; must be a whole number</source>
        <translation>属性“%1”必须为整数</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; must be a number</source>
        <translation>属性“%1”必须为数字</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; must be one of: %2</source>
        <translation>属性“%1”必须为以下值之一：%2</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; must be text</source>
        <translation>属性“%1”必须为文本</translation>
    </message>
</context>
<context>
    <name>rwb::project::LabelClassModel</name>
    <message>
        <source>Label class</source>
        <translation>标签类别</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>rwb::project::LabelPalette</name>
    <message>
        <source>Filter label classes</source>
        <translation>筛选标签类别</translation>
    </message>
    <message>
        <source>This project has no label classes yet.</source>
        <translation>此项目还没有标签类别。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开任何项目。</translation>
    </message>
</context>
<context>
    <name>rwb::project::LabelSchema</name>
    <message>
        <source>a label class needs a name</source>
        <translation>标签类别必须有名称</translation>
    </message>
    <message>
        <source>label class name &quot;%1&quot; may only hold letters, digits, spaces, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>标签类别名称“%1”只能包含字母、数字、空格以及 &apos;_&apos;、&apos;-&apos; 和 &apos;.&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (use #rrggbb)</source>
        <translation>“%1”不是有效的颜色（请使用 #rrggbb 格式）</translation>
    </message>
    <message>
        <source>label class &quot;%1&quot; cannot be its own parent</source>
        <translation>标签类别“%1”不能作为自身的父类别</translation>
    </message>
    <message>
        <source>unknown shape &quot;%1&quot; (known: %2)</source>
        <translation>未知的形状“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>an attribute needs a name</source>
        <translation>属性必须有名称</translation>
    </message>
    <message>
        <source>enum attribute &quot;%1&quot; needs at least one option</source>
        <translation>枚举属性“%1”至少需要一个选项</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; lists an option twice</source>
        <translation>属性“%1”中有重复的选项</translation>
    </message>
    <message>
        <source>default value: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>a label class named &quot;%1&quot; already exists</source>
        <translation>名为“%1”的标签类别已存在</translation>
    </message>
    <message>
        <source>parent class %1 does not exist</source>
        <translation>父类别 %1 不存在</translation>
    </message>
    <message>
        <source>label class %1 does not exist</source>
        <translation>标签类别 %1 不存在</translation>
    </message>
    <message>
        <source>label class &quot;%1&quot; cannot be placed below its own descendant</source>
        <translation>标签类别“%1”不能放到其自身的下级类别之下</translation>
    </message>
    <message>
        <source>label class &quot;%1&quot; is used by %2 annotation(s); change or delete them first</source>
        <translation>标签类别“%1”正被 %2 个标注使用；请先修改或删除这些标注</translation>
    </message>
    <message>
        <source>label class &quot;%1&quot; has subclasses; move or delete them first</source>
        <translation>标签类别“%1”包含子类别；请先移动或删除这些子类别</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; already exists</source>
        <translation>属性“%1”已存在</translation>
    </message>
    <message>
        <source>attribute %1 does not exist</source>
        <translation>属性 %1 不存在</translation>
    </message>
    <message>
        <source>not a label schema: the &quot;classes&quot; list is missing</source>
        <translation>不是标签体系文件：缺少 &quot;classes&quot; 列表</translation>
    </message>
    <message>
        <source>class %1 in the schema has no name</source>
        <translation>标签体系中的类别 %1 没有名称</translation>
    </message>
    <message>
        <source>class &quot;%1&quot; names an unknown parent &quot;%2&quot;</source>
        <translation>类别“%1”指定了未知的父类别“%2”</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; names an unknown class &quot;%2&quot;</source>
        <translation>属性“%1”指定了未知的类别“%2”</translation>
    </message>
</context>
<context>
    <name>rwb::project::LabelSchemaDialog</name>
    <message>
        <source>Yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Label Schema</source>
        <translation>标签体系</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Add Class</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Add Subclass</source>
        <translation>添加子类别</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>English title:</source>
        <translation>英文标题：</translation>
    </message>
    <message>
        <source>Chinese title:</source>
        <translation>中文标题：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Shortcut:</source>
        <translation>快捷键：</translation>
    </message>
    <message>
        <source>Parent class:</source>
        <translation>父类别：</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>适用于：</translation>
    </message>
    <message>
        <source>Shapes (none: all):</source>
        <translation>形状（不选则为全部）：</translation>
    </message>
    <message>
        <source>Attributes of this class and of all classes</source>
        <translation>本类别及所有类别的属性</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Choices (comma-separated)</source>
        <translation>选项（以逗号分隔）</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>添加属性</translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation>移除属性</translation>
    </message>
    <message>
        <source>Changes apply at once and can be undone with Ctrl+Z.</source>
        <translation>更改立即生效，可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Class Colour</source>
        <translation>类别颜色</translation>
    </message>
    <message>
        <source>new_class</source>
        <translation>新类别</translation>
    </message>
    <message>
        <source>Only this class</source>
        <translation>仅此类别</translation>
    </message>
    <message>
        <source>Every class</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Labels of this class may overlap (time ranges, text spans)</source>
        <translation>此类别的标签可以重叠（时间区间、文本片段）</translation>
    </message>
</context>
<context>
    <name>rwb::project::Migrator</name>
    <message>
        <source>Missing migration %1</source>
        <translation>缺少数据库迁移 %1</translation>
    </message>
</context>
<context>
    <name>rwb::project::Project</name>
    <message>
        <source>%1 already exists; choose another name or open it.</source>
        <translation>%1 已存在；请换一个名称，或直接打开它。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation>%1 是文件夹，不是项目文件。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Resonance Workbench project.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 Resonance Workbench 项目。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Resonance Workbench (%2 schema %3; this version reads up to %4). It was not modified; update Resonance Workbench to open it.</source>
        <translation>%1 由较新版本的 Resonance Workbench 写入（%2 结构版本 %3；当前版本最高只能读取 %4）。文件未被修改；请升级 Resonance Workbench 后再打开。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only. A project writes its journal next to the file; copy it to a writable folder to work on it.</source>
        <translation>%1：文件夹 %2 是只读的。项目需要在文件旁写入日志文件；请将项目复制到可写的文件夹后再进行处理。</translation>
    </message>
    <message>
        <source>%1 is read-only. Make the file writable or copy it to open it.</source>
        <translation>%1 是只读的。请将文件设为可写，或复制一份后再打开。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Resonance Workbench project (it is not an SQLite database).</source>
        <translation>%1 不是 Resonance Workbench 项目（它不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). The file was not changed; restore it from a backup.</source>
        <translation>%1 已损坏，无法打开（%2）。文件未被修改；请从备份中恢复。</translation>
    </message>
</context>
<context>
    <name>rwb::project::RelationStore</name>
    <message>
        <source>a relation needs a type</source>
        <translation>关系必须指定类型</translation>
    </message>
    <message>
        <source>a relation cannot link an annotation to itself</source>
        <translation>关系不能把标注与其自身相连</translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation>标注 %1 不存在</translation>
    </message>
    <message>
        <source>relation %1 does not exist</source>
        <translation>关系 %1 不存在</translation>
    </message>
</context>
<context>
    <name>rwb::project::ReviewPanel</name>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No asset open</source>
        <translation>未打开素材</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>分配给：</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>审核员：</translation>
    </message>
    <message>
        <source>Review comment:</source>
        <translation>审核意见：</translation>
    </message>
    <message>
        <source>What to fix, or why it was rejected</source>
        <translation>需要修改之处，或拒绝的原因</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Needs Review</source>
        <translation>待审核</translation>
    </message>
</context>
<context>
    <name>rwb::project::SpatialIndexJob</name>
    <message>
        <source>Indexing annotation extents</source>
        <translation>正在索引标注范围</translation>
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
        <translation>标注工业图像、时序数据和文档，并将其转化为数据集和机理知识 —— 完全离线。</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>No recent projects.</source>
        <translation>没有最近的项目。</translation>
    </message>
    <message>
        <source>%1 (missing)
%2</source>
        <translation>%1（已丢失）
%2</translation>
    </message>
</context>
<context>
    <name>rwb::project::shape</name>
    <message>
        <source>rectangle</source>
        <translation>矩形框</translation>
    </message>
    <message>
        <source>rotated rectangle</source>
        <translation>旋转框</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <source>polyline</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>point</source>
        <translation>点</translation>
    </message>
    <message>
        <source>keypoints</source>
        <translation>关键点</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>掩膜</translation>
    </message>
    <message>
        <source>ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <source>image tag</source>
        <translation>图像标签</translation>
    </message>
    <message>
        <source>range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>text span</source>
        <translation>文本片段</translation>
    </message>
    <message>
        <source>page region</source>
        <translation>页面区域</translation>
    </message>
    <message>
        <source>relation type</source>
        <translation>关系类型</translation>
    </message>
</context>
<context>
    <name>rwb::sample::SampleProject</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>time series</source>
        <translation>时序数据</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手册</translation>
    </message>
    <message>
        <source>log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Hot strip mill — sample</source>
        <translation>热轧带钢产线 — 示例</translation>
    </message>
    <message>
        <source>The sample files could not be imported: %1</source>
        <translation>无法导入示例文件：%1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot copy the bundled model</source>
        <translation>无法复制内置模型</translation>
    </message>
</context>
<context>
    <name>rwb::sample::VibrationGenerator</name>
    <message>
        <source>could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::CsvImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>cannot map the file: %1</source>
        <translation>无法映射文件：%1</translation>
    </message>
    <message>
        <source>no data rows</source>
        <translation>没有数据行</translation>
    </message>
    <message>
        <source>%1 fields, expected %2 (ragged row)</source>
        <translation>有 %1 个字段，应为 %2 个（行长度不一致）</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a time stamp</source>
        <translation>列“%1”：“%2”不是时间戳</translation>
    </message>
    <message>
        <source>no numeric column</source>
        <translation>没有数值列</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>mixed time zones: some time stamps have a zone (Z or an offset), others have none</source>
        <translation>时区混用：部分时间戳带时区（Z 或偏移量），部分不带</translation>
    </message>
    <message>
        <source>duplicated time stamp (the same as the previous row&apos;s)</source>
        <translation>时间戳重复（与上一行相同）</translation>
    </message>
    <message>
        <source>time stamps are not sorted (earlier than the previous row&apos;s)</source>
        <translation>时间戳未排序（早于上一行）</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a number</source>
        <translation>列“%1”：“%2”不是数值</translation>
    </message>
    <message>
        <source>%1: the time stamps have no time zone; they were read as UTC</source>
        <translation>%1：时间戳不带时区，已按 UTC 读取</translation>
    </message>
    <message>
        <source>%1: %2 empty cell(s) read as gaps (NaN)</source>
        <translation>%1：%2 个空单元格已作为缺失值（NaN）读取</translation>
    </message>
    <message>
        <source>the sample rate must be positive</source>
        <translation>采样率必须为正数</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalAligner</name>
    <message>
        <source>%1: file %2 of the group is missing</source>
        <translation>%1：信号组中的文件 %2 不存在</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the file has changed since the signal group %2 was made (SHA-256 differs)</source>
        <translation>%1：该文件在创建信号组 %2 之后已被修改（SHA-256 不一致）</translation>
    </message>
    <message>
        <source>%1: has a time column; the sampling rate given for it is not used</source>
        <translation>%1：文件自带时间列，为其指定的采样率未被使用</translation>
    </message>
    <message>
        <source>%1: a sound file has its own sampling rate; it cannot be given in the group</source>
        <translation>%1：音频文件自带采样率，不能在信号组中另行指定</translation>
    </message>
    <message>
        <source>%1: a signal group can hold delimited text and sound files, not .%2</source>
        <translation>%1：信号组只能包含分隔文本和音频文件，不支持 .%2</translation>
    </message>
    <message>
        <source>%1: the file holds no samples</source>
        <translation>%1：文件中没有采样点</translation>
    </message>
    <message>
        <source>%1: two files of the group have the same name and channel names</source>
        <translation>%1：信号组中有两个文件的文件名和通道名都相同</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>%1: the files have no time in common (%2). Check their start and offset, or keep the span of all files.</source>
        <translation>%1：这些文件没有共同的时间段（%2）。请检查起始时间和偏移，或改为保留全部文件的时间范围。</translation>
    </message>
    <message>
        <source>%1: only the part within the time span of %2 is kept</source>
        <translation>%1：只保留落在 %2 时间范围内的部分</translation>
    </message>
    <message>
        <source>%1: on the grid of %2 the group would need %3 samples per channel (the files hold %4 in all): the files lie far apart in time (%5). Check their start and offset, or choose another reference or the union of time stamps.</source>
        <translation>%1：按 %2 的时间网格，该信号组每个通道需要 %3 个采样点（这些文件总共只有 %4 个）：文件在时间上相距太远（%5）。请检查起始时间和偏移，或选择其他参考文件或所有时间戳的并集。</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalAnnotator</name>
    <message>
        <source>Time-series annotator</source>
        <translation>时序数据标注器</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalAnnotatorWidget</name>
    <message>
        <source>Change class</source>
        <translation>更改类别</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Threshold…</source>
        <translation>阈值…</translation>
    </message>
    <message>
        <source>Propose ranges where the current channel leaves a band of values</source>
        <translation>在当前通道超出数值范围处提出候选区间</translation>
    </message>
    <message>
        <source>Z-score…</source>
        <translation>Z 分数…</translation>
    </message>
    <message>
        <source>Propose ranges of outliers against a rolling mean and deviation</source>
        <translation>按滚动均值与标准差提出离群值候选区间</translation>
    </message>
    <message>
        <source>Change Points…</source>
        <translation>变点…</translation>
    </message>
    <message>
        <source>Propose events where the level of the current channel shifts (CUSUM)</source>
        <translation>在当前通道水平发生偏移处提出候选事件（CUSUM）</translation>
    </message>
    <message>
        <source>Labels on this signal</source>
        <translation>本信号上的标签</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Asset %1 is not in the project.</source>
        <translation>素材 %1 不在项目中。</translation>
    </message>
    <message>
        <source>%1 is missing. Move it back, or use Asset ▸ Relocate Missing Files… to point the project at the folder it is in now.</source>
        <translation>%1 缺失。请将其移回原处，或使用“素材 ▸ 重新定位缺失文件…”让项目指向它现在所在的文件夹。</translation>
    </message>
    <message>
        <source>Reading %1 into the signal cache…</source>
        <translation>正在将 %1 读入信号缓存…</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>候选标注</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n label(s)</source>
        <translation>
            <numerusform>删除 %n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule found nothing on %1</source>
        <translation>规则在 %1 上未发现任何结果</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) from %1</source>
        <translation>
            <numerusform>来自 %1 的 %n 个候选标注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) to review</source>
        <translation>
            <numerusform>%n 个候选标注待审核</numerusform>
        </translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Lowest normal value of %1:</source>
        <translation>%1 的正常下限：</translation>
    </message>
    <message>
        <source>Highest normal value of %1:</source>
        <translation>%1 的正常上限：</translation>
    </message>
    <message>
        <source>Rolling Z-score</source>
        <translation>滚动 Z 分数</translation>
    </message>
    <message>
        <source>Window (samples):</source>
        <translation>窗口（采样点数）：</translation>
    </message>
    <message>
        <source>Outlier above |z| of:</source>
        <translation>离群阈值 |z| 大于：</translation>
    </message>
    <message>
        <source>Change Points</source>
        <translation>变点</translation>
    </message>
    <message>
        <source>Alarm limit (standard deviations):</source>
        <translation>报警限（标准差倍数）：</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>Vertical scale of the current channel (display only)</source>
        <translation>当前通道的纵向缩放（仅影响显示）</translation>
    </message>
    <message>
        <source>Vertical shift of the current channel, in lane heights (display only)</source>
        <translation>当前通道的纵向平移，以通道行高为单位（仅影响显示）</translation>
    </message>
    <message>
        <source>Labels of class %1 may not overlap, and this one would overlap another at #%2 (the label schema decides; Edit ▸ Label Schema…)</source>
        <translation>类别 %1 的标签不允许重叠，而此标签会与 #%2 处的另一个标签重叠（由标签体系决定；编辑 ▸ 标签体系…）</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalCacheBuilder</name>
    <message>
        <source>%1: not a signal file this program reads (.%2)</source>
        <translation>%1：不是本程序可读取的信号文件（.%2）</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalCacheWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot create the temporary file %1: %2</source>
        <translation>无法创建临时文件 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>time stamps missing</source>
        <translation>缺少时间戳</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the sample rate must be positive</source>
        <translation>采样率必须为正数</translation>
    </message>
    <message>
        <source>too many or too long channel names for the cache header (%1 bytes of %2)</source>
        <translation>通道名称过多或过长，缓存文件头放不下（%1 字节，上限 %2）</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>cannot rename %1 into place: %2</source>
        <translation>无法将 %1 重命名到目标位置：%2</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalData</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not a signal cache file (shorter than its header)</source>
        <translation>不是信号缓存文件（比文件头还短）</translation>
    </message>
    <message>
        <source>cannot map the file: %1</source>
        <translation>无法映射文件：%1</translation>
    </message>
    <message>
        <source>not a signal cache file (wrong magic)</source>
        <translation>不是信号缓存文件（标识不符）</translation>
    </message>
    <message>
        <source>signal cache format version %1 is not supported (expected %2)</source>
        <translation>不支持信号缓存格式版本 %1（应为 %2）</translation>
    </message>
    <message>
        <source>damaged signal cache header (metadata length)</source>
        <translation>信号缓存文件头已损坏（元数据长度）</translation>
    </message>
    <message>
        <source>damaged signal cache header (channel or sample count)</source>
        <translation>信号缓存文件头已损坏（通道数或采样数）</translation>
    </message>
    <message>
        <source>damaged signal cache header (sample rate)</source>
        <translation>信号缓存文件头已损坏（采样率）</translation>
    </message>
    <message>
        <source>truncated or damaged signal cache (%1 bytes, expected %2)</source>
        <translation>信号缓存被截断或已损坏（%1 字节，应为 %2）</translation>
    </message>
    <message>
        <source>damaged signal cache header (metadata: %1)</source>
        <translation>信号缓存文件头已损坏（元数据：%1）</translation>
    </message>
    <message>
        <source>damaged signal cache header (%1 channel names for %2 channels)</source>
        <translation>信号缓存文件头已损坏（%2 个通道却有 %1 个通道名称）</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalGroup</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>not a signal group file (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>不是信号组文件（&quot;format&quot; 不是 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>written by a newer version (format %1; this program reads up to %2)</source>
        <translation>由更新版本写入（格式 %1；本程序最高支持 %2）</translation>
    </message>
    <message>
        <source>unknown grid &quot;%1&quot; (reference or union)</source>
        <translation>未知的时间网格 &quot;%1&quot;（reference 或 union）</translation>
    </message>
    <message>
        <source>unknown fill &quot;%1&quot; (hold or linear)</source>
        <translation>未知的填充方式 &quot;%1&quot;（hold 或 linear）</translation>
    </message>
    <message>
        <source>unknown span &quot;%1&quot; (all or overlap)</source>
        <translation>未知的时间范围 &quot;%1&quot;（all 或 overlap）</translation>
    </message>
    <message>
        <source>the group lists no files</source>
        <translation>信号组中没有列出任何文件</translation>
    </message>
    <message>
        <source>file %1 of the group has no path</source>
        <translation>信号组中的第 %1 个文件没有路径</translation>
    </message>
    <message>
        <source>%1: start &quot;%2&quot; is not an ISO-8601 time</source>
        <translation>%1：起始时间 &quot;%2&quot; 不是 ISO-8601 时间</translation>
    </message>
    <message>
        <source>%1: offset is not a number</source>
        <translation>%1：偏移不是数字</translation>
    </message>
    <message>
        <source>%1: the sampling rate must be a positive number of Hz</source>
        <translation>%1：采样率必须是以 Hz 为单位的正数</translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; is not one of the group&apos;s files</source>
        <translation>参考文件 &quot;%1&quot; 不在信号组的文件中</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>too large for a signal group file (%1 bytes)</source>
        <translation>作为信号组文件过大（%1 字节）</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalGroupDialog</name>
    <message>
        <source>Import Signals Aligned on Time</source>
        <translation>按时间对齐导入信号</translation>
    </message>
    <message>
        <source>Files recorded side by side become one asset with every channel on one time axis. Give the start of files without clock time (sound recordings), a clock offset, or the sampling rate of files without a time column.</source>
        <translation>并行记录的多个文件将合成一个素材，所有通道共用一条时间轴。没有时钟时间的文件（录音）请填写起始时间；时钟有偏差的请填写偏移；没有时间列的文件请填写采样率。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Start (UTC, ISO 8601)</source>
        <translation>起始时间（UTC，ISO 8601）</translation>
    </message>
    <message>
        <source>Offset (s)</source>
        <translation>偏移（秒）</translation>
    </message>
    <message>
        <source>Rate (Hz)</source>
        <translation>采样率（Hz）</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Grid of the reference file</source>
        <translation>参考文件的时间网格</translation>
    </message>
    <message>
        <source>Every time stamp of every file</source>
        <translation>所有文件的全部时间戳</translation>
    </message>
    <message>
        <source>Hold the last value</source>
        <translation>保持上一个值</translation>
    </message>
    <message>
        <source>Interpolate linearly</source>
        <translation>线性插值</translation>
    </message>
    <message>
        <source>From the first file&apos;s start to the last file&apos;s end</source>
        <translation>从最早文件的开始到最晚文件的结束</translation>
    </message>
    <message>
        <source>Only the time every file covers</source>
        <translation>仅保留所有文件都覆盖的时间段</translation>
    </message>
    <message>
        <source>name of the group file in the project folder</source>
        <translation>项目文件夹中信号组文件的名称</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>参考文件：</translation>
    </message>
    <message>
        <source>Time axis:</source>
        <translation>时间轴：</translation>
    </message>
    <message>
        <source>Between samples:</source>
        <translation>采样点之间：</translation>
    </message>
    <message>
        <source>Span:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import Signals Aligned on &amp;Time…</source>
        <translation>按时间对齐导入信号(&amp;T)…</translation>
    </message>
    <message>
        <source>Several signal files recorded side by side as one asset on one time axis</source>
        <translation>把并行记录的多个信号文件作为一个素材，放在同一条时间轴上</translation>
    </message>
    <message>
        <source>Signal Files</source>
        <translation>信号文件</translation>
    </message>
    <message>
        <source>Signals (%1)</source>
        <translation>信号（%1）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The file with the finest sampling</source>
        <translation>采样最密的文件</translation>
    </message>
    <message>
        <source>Add at least two files.</source>
        <translation>请至少添加两个文件。</translation>
    </message>
    <message>
        <source>%1: the start &quot;%2&quot; is not a date and time such as 2026-03-02T06:00:00Z.</source>
        <translation>%1：起始时间 &quot;%2&quot; 不是形如 2026-03-02T06:00:00Z 的日期时间。</translation>
    </message>
    <message>
        <source>%1: the offset &quot;%2&quot; is not a number of seconds.</source>
        <translation>%1：偏移 &quot;%2&quot; 不是秒数。</translation>
    </message>
    <message>
        <source>%1: the rate &quot;%2&quot; is not a positive number of Hz.</source>
        <translation>%1：采样率 &quot;%2&quot; 不是以 Hz 为单位的正数。</translation>
    </message>
    <message>
        <source>Give the group a file name (without folders).</source>
        <translation>请为信号组指定文件名（不含文件夹）。</translation>
    </message>
    <message>
        <source>%1 exists already in the project folder; choose another name.</source>
        <translation>项目文件夹中已有 %1，请换一个名称。</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalProbe</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>binary data, not a delimited text file</source>
        <translation>是二进制数据，不是分隔符文本文件</translation>
    </message>
    <message>
        <source>only one line: no data rows</source>
        <translation>只有一行：没有数据行</translation>
    </message>
    <message>
        <source>not a WAV file (no RIFF/WAVE header)</source>
        <translation>不是 WAV 文件（缺少 RIFF/WAVE 文件头）</translation>
    </message>
    <message>
        <source>damaged WAV file: no format or data chunk</source>
        <translation>WAV 文件已损坏：缺少 format 块或 data 块</translation>
    </message>
    <message>
        <source>%1: a group cannot hold another group</source>
        <translation>%1：信号组不能包含另一个信号组</translation>
    </message>
    <message>
        <source>file %1 of the group is missing</source>
        <translation>信号组中的文件 %1 不存在</translation>
    </message>
</context>
<context>
    <name>rwb::timeseries::SignalView</name>
    <message>
        <source>gap</source>
        <translation>缺失</translation>
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
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no channels or no sample rate</source>
        <translation>没有通道或没有采样率</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>导入已取消</translation>
    </message>
</context>
<context>
    <name>rwb::widgets::ElidedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
</TS>
