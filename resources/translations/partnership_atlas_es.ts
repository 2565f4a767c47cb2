<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>%n nota agregada</numerusform>
            <numerusform>%n notas agregadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) changed</source>
        <translation>
            <numerusform>%n nota modificada</numerusform>
            <numerusform>%n notas modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) moved to the Trash</source>
        <translation>
            <numerusform>%n nota movida a la Papelera</numerusform>
            <numerusform>%n notas movidas a la Papelera</numerusform>
        </translation>
    </message>
    <message>
        <source>bookmarks changed</source>
        <translation>marcadores modificados</translation>
    </message>
    <message numerus="yes">
        <source>%n saved comparison(s) changed</source>
        <translation>
            <numerusform>%n comparación guardada modificada</numerusform>
            <numerusform>%n comparaciones guardadas modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) installed, updated or removed</source>
        <translation>
            <numerusform>%n paquete instalado, actualizado o eliminado</numerusform>
            <numerusform>%n paquetes instalados, actualizados o eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 outside the window.</source>
        <translation>Cambios hechos fuera de esta ventana: %1.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation>E&amp;ntrada</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Comparación</translation>
    </message>
    <message>
        <source>&amp;Brief</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Models compared:</source>
        <translation>Modelos de alianza comparados:</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Comparación: %1</translation>
    </message>
    <message>
        <source>Prepared on %1 with Partnership Atlas: %2.</source>
        <translation>Preparado el %1 con Partnership Atlas: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) not documented for any of these models: %1.</source>
        <translation>
            <numerusform>%n atributo no documentado para ninguno de estos modelos: %1.</numerusform>
            <numerusform>%n atributos no documentados para ninguno de estos modelos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>datos de %1</translation>
    </message>
    <message>
        <source>For all models:</source>
        <translation>Para todos los modelos:</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>hacia %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>a más tardar en %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>antes de %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>después de %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>Only the attributes whose values or wording differ are shown.</source>
        <translation>Solo se muestran los atributos cuyos valores o redacción difieren.</translation>
    </message>
    <message>
        <source>Only the attributes whose values differ are shown.</source>
        <translation>Solo se muestran los atributos cuyos valores difieren.</translation>
    </message>
    <message>
        <source>No differences: no attribute has different values for these models.</source>
        <translation>Sin diferencias: ningún atributo tiene valores distintos para estos modelos.</translation>
    </message>
    <message>
        <source>≠ marks rows whose values differ (years, amounts, categories).</source>
        <translation>≠ indica las filas cuyos valores difieren (años, montos, categorías).</translation>
    </message>
    <message>
        <source>~ marks rows described in different words, with no value to compare.</source>
        <translation>~ indica las filas descritas con palabras distintas, sin un valor que comparar.</translation>
    </message>
    <message>
        <source>Numbers in brackets refer to the sources below.</source>
        <translation>Los números entre corchetes remiten a las fuentes que figuran más abajo.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Reunión: %1</translation>
    </message>
    <message>
        <source>Prepared on %1 with Partnership Atlas.</source>
        <translation>Preparado el %1 con Partnership Atlas.</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Partnership model</source>
        <translation>Modelo de alianza</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Pregunta orientadora</translation>
    </message>
    <message>
        <source>Saved comparison</source>
        <translation>Comparación guardada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Highlighted passage</source>
        <translation>Pasaje resaltado</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · del paquete %2</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>Sobre: %1</translation>
    </message>
    <message>
        <source>No longer in the installed packs or your notes: shown as it was when it was added.</source>
        <translation>Ya no figura en los paquetes instalados ni en sus notas: se muestra tal como estaba cuando se agregó.</translation>
    </message>
    <message>
        <source>cited for:</source>
        <translation>citada para:</translation>
    </message>
    <message>
        <source>This brief has no items yet.</source>
        <translation>Este dossier aún no tiene elementos.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove from Comparison</source>
        <translation>Quitar de la comparación</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Mover a la izquierda</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Mover a la derecha</translation>
    </message>
    <message>
        <source>Show Source</source>
        <translation>Mostrar la fuente</translation>
    </message>
    <message>
        <source>Add Note to This Cell…</source>
        <translation>Agregar nota a esta celda…</translation>
    </message>
    <message>
        <source>Sort Models by “%1”</source>
        <translation>Ordenar los modelos por “%1”</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos de alianza</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas orientadoras</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Comparaciones guardadas</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Brief: %1</source>
        <translation>Dossier: %1</translation>
    </message>
    <message>
        <source>(detached)</source>
        <translation>(desvinculada)</translation>
    </message>
    <message>
        <source>Tick to add to the comparison (2 to 6 models).</source>
        <translation>Marque la casilla para agregarlo a la comparación (de 2 a 6 modelos).</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección aprendida</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo de alianza</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Partnership models</source>
        <translation>Modelos de alianza</translation>
    </message>
    <message>
        <source>not documented in this pack&apos;s sources</source>
        <translation>no documentado en las fuentes de este paquete</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Second text</source>
        <translation>Segundo texto</translation>
    </message>
    <message>
        <source>Drawn from this lesson; not itself a finding of its sources.</source>
        <translation>Se deriva de esta lección; no es en sí una conclusión de sus fuentes.</translation>
    </message>
    <message>
        <source>Practical advice</source>
        <translation>Consejo práctico</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Not yet in %1: shown in %2.</source>
        <translation>Aún no disponible en %1: se muestra en %2.</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>También en</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lección</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>desafío</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Requisitos previos</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Contenido relacionado</translation>
    </message>
    <message>
        <source>Partnership Atlas</source>
        <translation>Partnership Atlas</translation>
    </message>
    <message>
        <source>An offline reference of partnership models between donors and the Red Cross and Red Crescent Movement, the lessons learned about them, and your own notes.</source>
        <translation>Una obra de referencia sin conexión sobre los modelos de alianza entre los donantes y el Movimiento Internacional de la Cruz Roja y de la Media Luna Roja, las lecciones aprendidas sobre ellos y sus propias notas.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation>Qué cambió en esta versión</translation>
    </message>
    <message>
        <source>The library also holds %1 lessons, %2 guiding questions, %3 themes, %4 sources and %5 actors.</source>
        <translation>La biblioteca también contiene %1 lecciones aprendidas, %2 preguntas orientadoras, %3 temas, %4 fuentes y %5 actores.</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>Cómo usarlo</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>type words; results appear as you type. Use &quot;quotes&quot; for a phrase, OR between words, -word to leave a word out, part* for word beginnings, and kind:lesson, theme:independence or year:1999 to narrow. Arrow keys move, Enter opens.</source>
        <translation>escriba palabras; los resultados aparecen a medida que escribe. Use &quot;comillas&quot; para buscar una frase, OR entre palabras, -palabra para excluir una palabra, pal* para buscar comienzos de palabra, y kind:lesson, theme:independence o year:1999 para acotar. Las teclas de flecha permiten desplazarse y Enter abre el resultado.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>click any link to follow it; Alt+Left and Alt+Right go back and forward; Ctrl+F finds words in the page; Ctrl+D bookmarks the entry.</source>
        <translation>haga clic en cualquier enlace para seguirlo; Alt+Left y Alt+Right retroceden y avanzan; Ctrl+F busca palabras en la página; Ctrl+D agrega un marcador a la entrada.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>tick two to six models in the navigator, or press &quot;Add to Comparison&quot; on a model. Rows that differ are marked ≠; save a comparison by name or export it to Markdown, CSV or PDF.</source>
        <translation>marque de dos a seis modelos en el navegador, o pulse &quot;Agregar a la comparación&quot; en un modelo. Las filas que difieren se marcan con ≠; guarde una comparación con un nombre o expórtela a Markdown, CSV o PDF.</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <source>Ctrl+N writes a note on the open entry; select text and press Ctrl+H to highlight it with a note. Notes save themselves as you type and keep every revision; deleted notes wait in the Trash.</source>
        <translation>Ctrl+N escribe una nota sobre la entrada abierta; seleccione texto y pulse Ctrl+H para resaltarlo con una nota. Las notas se guardan automáticamente mientras escribe y conservan todas sus revisiones; las notas eliminadas esperan en la Papelera.</translation>
    </message>
    <message>
        <source>Everything stays on this computer: Partnership Atlas never connects to the internet.</source>
        <translation>Todo permanece en esta computadora: Partnership Atlas nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>What changed in version %2 of %1</source>
        <translation>Novedades de la versión %2 de %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Cambiar el idioma</translation>
    </message>
    <message>
        <source>Partnership Atlas will be in %1 from its next start. Restart now? Your notes are saved.</source>
        <translation>Partnership Atlas estará en %1 desde su próximo inicio. ¿Reiniciar ahora? Sus notas están guardadas.</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n problem(s)</source>
        <translation>
            <numerusform>{source}: %n problema</numerusform>
            <numerusform>{source}: %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>No {what} with id &apos;{wanted}&apos;.</source>
        <translation>No hay ningún {what} con el ID &apos;{wanted}&apos;.</translation>
    </message>
    <message>
        <source>Did you mean: {ids}?</source>
        <translation>¿Quiso decir {ids}?</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{wanted}&apos; is in %n packs ({packs}); write it as pack/id, e.g. {example}.</source>
        <translation>
            <numerusform>&apos;{wanted}&apos; está en %n paquete ({packs}); escríbalo como paquete/ID, p. ej., {example}.</numerusform>
            <numerusform>&apos;{wanted}&apos; está en %n paquetes ({packs}); escríbalo como paquete/ID, p. ej., {example}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes file {path} could not be opened ({reason}); it was not changed. Run &apos;partnership-atlas doctor&apos; for details.</source>
        <translation>No se pudo abrir su archivo de notas {path} ({reason}); no se modificó. Ejecute &apos;partnership-atlas doctor&apos; para obtener más detalles.</translation>
    </message>
    <message>
        <source>Your notes file {path} is damaged: {reason}.</source>
        <translation>Su archivo de notas {path} está dañado: {reason}.</translation>
    </message>
    <message>
        <source>It was moved, unchanged, to {moved_to}.</source>
        <translation>Se trasladó, sin modificaciones, a {moved_to}.</translation>
    </message>
    <message>
        <source>There is no backup to restore; a new, empty notes file will be started.</source>
        <translation>No hay ninguna copia de seguridad que restaurar; se creará un archivo de notas nuevo y vacío.</translation>
    </message>
    <message>
        <source>The newest good backup was made {made} ({name}): restore it with File &gt; Restore from Backup in the window, or &apos;partnership-atlas backup restore&apos;.</source>
        <translation>La copia de seguridad válida más reciente se hizo el {made} ({name}): restáurela con Archivo &gt; Restaurar notas desde una copia de seguridad en la ventana, o con &apos;partnership-atlas backup restore&apos;.</translation>
    </message>
    <message>
        <source>Your notes file {path} was saved by a newer version of Partnership Atlas, which changed how notes are stored ({steps}); this version cannot use it, and it was not changed. Open it with the newer version. To go on with this one, restore a backup or start a new notes file: the newer file is then kept beside it.</source>
        <translation>Su archivo de notas {path} se guardó con una versión más reciente de Partnership Atlas, que cambió la forma de almacenar las notas ({steps}); esta versión no puede usarlo y no se modificó. Ábralo con la versión más reciente. Para seguir con esta, restaure una copia de seguridad o cree un nuevo archivo de notas: el archivo más reciente se conservará junto a él.</translation>
    </message>
    <message>
        <source>Could not save to {path}: {reason}. Nothing saved before was changed; keep your text and save again once this is fixed.</source>
        <translation>No se pudo guardar en {path}: {reason}. No se modificó nada de lo guardado anteriormente; conserve su texto y vuelva a guardar cuando se haya resuelto el problema.</translation>
    </message>
    <message>
        <source>Partnership Atlas cannot write to its data folder {folder} ({reason}). Your notes and the content cache live there. Make the folder writable, or choose another one with {variable}=/some/folder. When the program runs from a read-only stick, copy it to a writable one first.</source>
        <translation>Partnership Atlas no puede escribir en su carpeta de datos {folder} ({reason}). Allí se guardan sus notas y la caché del contenido. Permita la escritura en esa carpeta o elija otra con {variable}=/otra/carpeta. Si el programa se ejecuta desde una memoria USB de solo lectura, cópielo antes a una en la que se pueda escribir.</translation>
    </message>
    <message>
        <source>{{value: ..., sources: [...]}}, {{not_documented: true}} or {{not_applicable: REASON}}</source>
        <translation>{{value: ..., sources: [...]}}, {{not_documented: true}} o {{not_applicable: MOTIVO}}</translation>
    </message>
    <message>
        <source>must be a non-empty list of comparison attributes</source>
        <translation>debe ser una lista no vacía de atributos de comparación</translation>
    </message>
    <message>
        <source>must be a mapping with key, label, group, type and order</source>
        <translation>debe ser un mapeo con key, label, group, type y order</translation>
    </message>
    <message>
        <source>required field &apos;{name}&apos; is missing</source>
        <translation>falta el campo obligatorio &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>unknown field{hint}</source>
        <translation>campo desconocido{hint}</translation>
    </message>
    <message>
        <source>must be lowercase snake_case</source>
        <translation>debe estar en snake_case y en minúsculas</translation>
    </message>
    <message>
        <source>duplicate attribute key &apos;{key}&apos;</source>
        <translation>clave de atributo &apos;{key}&apos; duplicada</translation>
    </message>
    <message>
        <source>must be one of: {allowed}</source>
        <translation>debe ser uno de estos valores: {allowed}</translation>
    </message>
    <message>
        <source>must be {{text: ..., sources: [...]}}: a note that holds for every model, with its sources</source>
        <translation>debe ser {{text: ..., sources: [...]}}: una nota válida para todos los modelos, con sus fuentes</translation>
    </message>
    <message>
        <source>unknown field{hint}; a note has text and sources</source>
        <translation>campo desconocido{hint}; una nota tiene text y sources</translation>
    </message>
    <message>
        <source>only an attribute of type choice has choices</source>
        <translation>solo un atributo de tipo choice tiene choices</translation>
    </message>
    <message>
        <source>an attribute of type choice needs a list of at least two choices</source>
        <translation>un atributo de tipo choice necesita una lista de al menos dos opciones</translation>
    </message>
    <message>
        <source>lists a choice twice</source>
        <translation>incluye una opción dos veces</translation>
    </message>
    <message>
        <source>must be a mapping of attribute key to {shape}</source>
        <translation>debe ser un mapeo de clave de atributo a {shape}</translation>
    </message>
    <message>
        <source>attribute &apos;{key}&apos; is not declared in pack.yaml{hint}</source>
        <translation>el atributo &apos;{key}&apos; no está declarado en pack.yaml{hint}</translation>
    </message>
    <message>
        <source>no value for declared attribute &apos;{key}&apos;; give a value with sources, not_documented: true, or not_applicable: REASON</source>
        <translation>no hay ningún valor para el atributo declarado &apos;{key}&apos;; indique un valor con sus fuentes, not_documented: true o not_applicable: MOTIVO</translation>
    </message>
    <message>
        <source>must be {shape}</source>
        <translation>debe ser {shape}</translation>
    </message>
    <message>
        <source>has {first} and {second}; keep one: {shape}</source>
        <translation>tiene {first} y {second}; conserve solo uno: {shape}</translation>
    </message>
    <message>
        <source>has {first} and {second} and {third}; keep one: {shape}</source>
        <translation>tiene {first}, {second} y {third}; conserve solo uno: {shape}</translation>
    </message>
    <message>
        <source>needs a value with sources, not_documented: true, or not_applicable: REASON</source>
        <translation>necesita un valor con sus fuentes, not_documented: true o not_applicable: MOTIVO</translation>
    </message>
    <message>
        <source>has both a compare value and {state}; keep one</source>
        <translation>tiene a la vez un valor compare y {state}; conserve solo uno</translation>
    </message>
    <message>
        <source>has both an as_of year and {state}; keep one</source>
        <translation>tiene a la vez un año as_of y {state}; conserve solo uno</translation>
    </message>
    <message>
        <source>must be true</source>
        <translation>debe ser true</translation>
    </message>
    <message>
        <source>must be true, or the reason the attribute does not apply to this model</source>
        <translation>debe ser true o el motivo por el que el atributo no se aplica a este modelo</translation>
    </message>
    <message>
        <source>what no source documents cites none; remove sources or give a value</source>
        <translation>un valor que ninguna fuente documenta no cita fuentes; quite sources o indique un valor</translation>
    </message>
    <message>
        <source>attribute &apos;{key}&apos; is {type}, which is read, not compared; declare it as one of {types} to give a compare value</source>
        <translation>el atributo &apos;{key}&apos; es de tipo {type}, que se lee pero no se compara; declárelo con uno de los tipos {types} para darle un valor compare</translation>
    </message>
    <message>
        <source>{location} has version {version} of &apos;{id}&apos;, older than version {bundled} bundled with the application, which would stay in use; nothing was installed.</source>
        <translation>{location} contiene la versión {version} de &apos;{id}&apos;, anterior a la versión {bundled} incluida en la aplicación, que seguiría en uso; no se instaló nada.</translation>
    </message>
    <message>
        <source>{location} has version {version} of &apos;{id}&apos;, older than the installed version {installed}; nothing changed.</source>
        <translation>{location} contiene la versión {version} de &apos;{id}&apos;, anterior a la versión instalada {installed}; no se cambió nada.</translation>
    </message>
    <message>
        <source>Pass --force to go back to the older version.</source>
        <translation>Use --force para volver a la versión anterior.</translation>
    </message>
    <message>
        <source>Pack &apos;{id}&apos; version {installed} is already bundled with the application; {location} has version {version} with different content.</source>
        <translation>La versión {installed} del paquete &apos;{id}&apos; ya viene incluida en la aplicación; {location} contiene la versión {version} con un contenido distinto.</translation>
    </message>
    <message>
        <source>Pack &apos;{id}&apos; version {installed} is already installed; {location} has version {version} with different content.</source>
        <translation>La versión {installed} del paquete &apos;{id}&apos; ya está instalada; {location} contiene la versión {version} con un contenido distinto.</translation>
    </message>
    <message>
        <source>Raise the version in pack.yaml to update it, or pass --force to replace it anyway.</source>
        <translation>Aumente la versión en pack.yaml para actualizarlo o use --force para reemplazarlo de todos modos.</translation>
    </message>
    <message>
        <source>Pack &apos;{id}&apos; is bundled with the application and cannot be removed.</source>
        <translation>El paquete &apos;{id}&apos; viene incluido en la aplicación y no se puede eliminar.</translation>
    </message>
    <message>
        <source>No installed pack &apos;{id}&apos;. Installed and bundled packs: none.</source>
        <translation>No hay ningún paquete &apos;{id}&apos; instalado. Paquetes instalados e incluidos: ninguno.</translation>
    </message>
    <message>
        <source>No installed pack &apos;{id}&apos;. Installed and bundled packs: {known}.</source>
        <translation>No hay ningún paquete &apos;{id}&apos; instalado. Paquetes instalados e incluidos: {known}.</translation>
    </message>
    <message>
        <source>must be a list of {kind} ids</source>
        <translation>debe ser una lista de ID de {kind}</translation>
    </message>
    <message>
        <source>must be a list of {{text, sources}} items</source>
        <translation>debe ser una lista de elementos {{text, sources}}</translation>
    </message>
    <message>
        <source>must be a mapping with text and sources</source>
        <translation>debe ser un mapeo con text y sources</translation>
    </message>
    <message>
        <source>must be a list of {{actor, role}} (an empty list where the parties are not documented)</source>
        <translation>debe ser una lista de {{actor, role}} (una lista vacía si las partes no están documentadas)</translation>
    </message>
    <message>
        <source>must be a mapping with actor and role</source>
        <translation>debe ser un mapeo con actor y role</translation>
    </message>
    <message>
        <source>must be a list of citations {{source: ID, locator: ...}}</source>
        <translation>debe ser una lista de citas {{source: ID, locator: ...}}</translation>
    </message>
    <message>
        <source>a citation needs &apos;source&apos; (a source id) and a &apos;locator&apos;</source>
        <translation>una cita necesita &apos;source&apos; (el ID de una fuente) y &apos;locator&apos;</translation>
    </message>
    <message>
        <source>required field is missing (a pack with models needs the comparison attributes)</source>
        <translation>falta el campo obligatorio (un paquete con modelos necesita los atributos de comparación)</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte} at offset {offset}); save the file as UTF-8</source>
        <translation>no es texto UTF-8 (byte 0x{byte} en la posición {offset}); guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>missing: every pack needs a pack.yaml at its root</source>
        <translation>falta: todo paquete necesita un pack.yaml en su raíz</translation>
    </message>
    <message>
        <source>must be a mapping of field: value</source>
        <translation>debe ser un mapeo de campo: valor</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>falta el campo obligatorio</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and hyphens</source>
        <translation>solo puede contener letras minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>must be a language tag such as en, fr, ar or es-419</source>
        <translation>debe ser una etiqueta de idioma como en, fr, ar o es-419</translation>
    </message>
    <message>
        <source>YAML reads {version} as a number, which can drop digits (1.10 becomes 1.1); put the version in quotes</source>
        <translation>YAML lee {version} como un número, lo que puede suprimir dígitos (1.10 pasa a ser 1.1); ponga la versión entre comillas</translation>
    </message>
    <message>
        <source>must be dotted whole numbers such as 1.0.0</source>
        <translation>debe ser una serie de números enteros separados por puntos, como 1.0.0</translation>
    </message>
    <message>
        <source>&apos;{folder}&apos; is not an entry folder{hint}; entry folders are {folders}</source>
        <translation>&apos;{folder}&apos; no es una carpeta de entradas{hint}; las carpetas de entradas son {folders}</translation>
    </message>
    <message>
        <source>entry files must sit directly in {folder}/, not in a sub-folder</source>
        <translation>los archivos de entradas deben estar directamente en {folder}/, no en una subcarpeta</translation>
    </message>
    <message>
        <source>entry files must be Markdown files ending in .md (or, for lessons, {suffix})</source>
        <translation>los archivos de entradas deben ser archivos Markdown con la extensión .md (o, para las lecciones, {suffix})</translation>
    </message>
    <message>
        <source>not a JSON object: {reason}</source>
        <translation>no es un objeto JSON: {reason}</translation>
    </message>
    <message>
        <source>each line must be one JSON object holding a lesson&apos;s fields and its body</source>
        <translation>cada línea debe ser un objeto JSON con los campos de una lección y su body</translation>
    </message>
    <message>
        <source>required field is missing ({a_kind} needs it)</source>
        <translation>falta el campo obligatorio ({a_kind} lo necesita)</translation>
    </message>
    <message>
        <source>unknown field for {a_kind}{hint}</source>
        <translation>campo desconocido para {a_kind}{hint}</translation>
    </message>
    <message>
        <source>{a_kind} needs a non-empty &quot;body&quot; in its line (its explanation)</source>
        <translation>{a_kind} necesita un &quot;body&quot; no vacío en su línea (su explicación)</translation>
    </message>
    <message>
        <source>{a_kind} needs a Markdown body after the front matter (its explanation)</source>
        <translation>{a_kind} necesita un cuerpo en Markdown después del front matter (su explicación)</translation>
    </message>
    <message>
        <source>must name {a_kind} by its id</source>
        <translation>debe identificar {a_kind} por su ID</translation>
    </message>
    <message>
        <source>duplicate id &apos;{id}&apos; (also used by {file})</source>
        <translation>ID &apos;{id}&apos; duplicado (también lo usa {file})</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; does not match the file name; name the file {id}.md</source>
        <translation>el ID &apos;{id}&apos; no coincide con el nombre del archivo; cambie el nombre del archivo a {id}.md</translation>
    </message>
    <message>
        <source>links to &apos;{target}&apos;, but no {kind} has that id{hint}</source>
        <translation>enlaza a &apos;{target}&apos;, pero ninguna entrada de tipo {kind} tiene ese ID{hint}</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is {a_kind}, not {expected}</source>
        <translation>&apos;{target}&apos; es {a_kind}, no {expected}</translation>
    </message>
    <message>
        <source>must name a source by its id</source>
        <translation>debe identificar una fuente por su ID</translation>
    </message>
    <message>
        <source>cites &apos;{source}&apos;, but no source has that id{hint}</source>
        <translation>cita &apos;{source}&apos;, pero ninguna fuente tiene ese ID{hint}</translation>
    </message>
    <message>
        <source>translates &apos;{id}&apos;, but there is no {kind} {id}.md to translate</source>
        <translation>traduce &apos;{id}&apos;, pero no existe ninguna entrada de tipo {kind} {id}.md que traducir</translation>
    </message>
    <message>
        <source>has id &apos;{id}&apos;; a translation keeps its original&apos;s id, &apos;{original}&apos;</source>
        <translation>tiene el ID &apos;{id}&apos;; una traducción conserva el ID de su original, &apos;{original}&apos;</translation>
    </message>
    <message>
        <source>is in &apos;{language}&apos;, which pack.yaml&apos;s languages do not list (other languages: none)</source>
        <translation>está en &apos;{language}&apos;, que no figura en languages de pack.yaml (otros idiomas: ninguno)</translation>
    </message>
    <message>
        <source>is in &apos;{language}&apos;, which pack.yaml&apos;s languages do not list (other languages: {others})</source>
        <translation>está en &apos;{language}&apos;, que no figura en languages de pack.yaml (otros idiomas: {others})</translation>
    </message>
    <message>
        <source>has no section for version {version}, the version in pack.yaml; add one headed &quot;## {version}&quot; that says what changed (sections found: {found})</source>
        <translation>no tiene ninguna sección para la versión {version}, la de pack.yaml; agregue una con el título &quot;## {version}&quot; que explique qué cambió (secciones encontradas: {found})</translation>
    </message>
    <message>
        <source>has no section for version {version}, the version in pack.yaml; add one headed &quot;## {version}&quot; that says what changed</source>
        <translation>no tiene ninguna sección para la versión {version}, la de pack.yaml; agregue una con el título &quot;## {version}&quot; que explique qué cambió</translation>
    </message>
    <message>
        <source> (did you mean {words}?)</source>
        <translation> (¿quiso decir {words}?)</translation>
    </message>
    <message>
        <source>a source</source>
        <comment>one entry of this kind</comment>
        <translation>una fuente</translation>
    </message>
    <message>
        <source>an actor</source>
        <comment>one entry of this kind</comment>
        <translation>un actor</translation>
    </message>
    <message>
        <source>a theme</source>
        <comment>one entry of this kind</comment>
        <translation>un tema</translation>
    </message>
    <message>
        <source>a question</source>
        <comment>one entry of this kind</comment>
        <translation>una pregunta</translation>
    </message>
    <message>
        <source>a model</source>
        <comment>one entry of this kind</comment>
        <translation>un modelo</translation>
    </message>
    <message>
        <source>a lesson</source>
        <comment>one entry of this kind</comment>
        <translation>una lección</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>must be a year such as 1999</source>
        <translation>debe ser un año, como 1999</translation>
    </message>
    <message>
        <source>must be a year such as 1999, or one of {qualifiers} before it (&quot;about 1999&quot;)</source>
        <translation>debe ser un año, como 1999, o un año precedido de una de estas palabras: {qualifiers} (&quot;about 1999&quot;)</translation>
    </message>
    <message>
        <source>must be {{amount: NUMBER, currency: ISO CODE, period: TEXT}} (at_least: true for a minimum)</source>
        <translation>debe ser {{amount: NÚMERO, currency: CÓDIGO ISO, period: TEXTO}} (at_least: true para un mínimo)</translation>
    </message>
    <message>
        <source>unknown field; an amount has {fields}</source>
        <translation>campo desconocido; un monto tiene {fields}</translation>
    </message>
    <message>
        <source>must be a number above zero, without currency or separators (28000000)</source>
        <translation>debe ser un número mayor que cero, sin moneda ni separadores (28000000)</translation>
    </message>
    <message>
        <source>must be a three-letter ISO 4217 code such as GBP, CHF or USD</source>
        <translation>debe ser un código ISO 4217 de tres letras, como GBP, CHF o USD</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be one of the attribute&apos;s choices: {choices} (found {found})</source>
        <translation>debe ser una de las opciones del atributo: {choices} (se encontró {found})</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>must be one of: {allowed} (found {found})</source>
        <translation>debe ser uno de estos valores: {allowed} (se encontró {found})</translation>
    </message>
    <message>
        <source>must be non-empty text or a number</source>
        <translation>debe ser un texto no vacío o un número</translation>
    </message>
    <message>
        <source>must be non-empty text or a year</source>
        <translation>debe ser un texto no vacío o un año</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>not a pack archive (zip): {reason}</source>
        <translation>no es un archivo de paquete (zip): {reason}</translation>
    </message>
    <message>
        <source>damaged archive: {reason}</source>
        <translation>archivo comprimido dañado: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>holds %n file(s) and folder(s); at most {most} are accepted</source>
        <translation>
            <numerusform>contiene %n archivo o carpeta; se aceptan como máximo {most}</numerusform>
            <numerusform>contiene %n archivos y carpetas; se aceptan como máximo {most}</numerusform>
        </translation>
    </message>
    <message>
        <source>unpacks to {total} bytes; at most {most} are accepted</source>
        <translation>ocupa {total} bytes al descomprimirse; se aceptan como máximo {most}</translation>
    </message>
    <message>
        <source>holds a file without a name; refused</source>
        <translation>contiene un archivo sin nombre; se rechaza</translation>
    </message>
    <message>
        <source>absolute path in archive; refused</source>
        <translation>ruta absoluta en el archivo comprimido; se rechaza</translation>
    </message>
    <message>
        <source>path leaves the pack folder (&apos;..&apos;); refused</source>
        <translation>la ruta sale de la carpeta del paquete (&apos;..&apos;); se rechaza</translation>
    </message>
    <message>
        <source>appears twice in the archive; refused, as either copy could be read</source>
        <translation>aparece dos veces en el archivo comprimido; se rechaza, ya que podría leerse cualquiera de las dos copias</translation>
    </message>
    <message>
        <source>symbolic link in archive; refused</source>
        <translation>enlace simbólico en el archivo comprimido; se rechaza</translation>
    </message>
    <message>
        <source>encrypted; packs cannot be encrypted, build the archive without a password</source>
        <translation>está cifrado; los paquetes no pueden estar cifrados: genere el archivo comprimido sin contraseña</translation>
    </message>
    <message>
        <source>compressed with an unsupported method ({method}); build the archive with ordinary Deflate compression (partnership-atlas pack build)</source>
        <translation>comprimido con un método no admitido ({method}); genere el archivo comprimido con la compresión Deflate habitual (partnership-atlas pack build)</translation>
    </message>
    <message>
        <source>file of {size} bytes; at most {most} are accepted</source>
        <translation>archivo de {size} bytes; se aceptan como máximo {most}</translation>
    </message>
    <message>
        <source>compression ratio too high (possible zip bomb); refused</source>
        <translation>tasa de compresión demasiado alta (posible bomba zip); se rechaza</translation>
    </message>
    <message>
        <source>must be a list of groups, e.g. - IFRC = International Federation</source>
        <translation>debe ser una lista de grupos, p. ej., - FICR = Federación Internacional</translation>
    </message>
    <message>
        <source>must be names joined by &apos; = &apos; (DFID = Department for International Development) or a list of names</source>
        <translation>debe ser una serie de nombres unidos por &apos; = &apos; (AECID = Agencia Española de Cooperación Internacional para el Desarrollo) o una lista de nombres</translation>
    </message>
    <message>
        <source>has an empty name: write each name between the &apos; = &apos; signs</source>
        <translation>tiene un nombre vacío: escriba cada nombre entre los signos &apos; = &apos;</translation>
    </message>
    <message>
        <source>has a name longer than {most} characters</source>
        <translation>tiene un nombre de más de {most} caracteres</translation>
    </message>
    <message>
        <source>needs at least two different names</source>
        <translation>necesita al menos dos nombres distintos</translation>
    </message>
    <message numerus="yes">
        <source>has %n name(s); at most {most} are allowed in a group</source>
        <translation>
            <numerusform>tiene %n nombre; se admiten como máximo {most} por grupo</numerusform>
            <numerusform>tiene %n nombres; se admiten como máximo {most} por grupo</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is also in group {group}: put all its names in one group</source>
        <translation>&apos;{name}&apos; también está en el grupo {group}: ponga todos sus nombres en un solo grupo</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; differs from the original&apos;s ({found} instead of {expected}); a translation changes words only</source>
        <translation>&apos;{name}&apos; difiere del original ({found} en lugar de {expected}); una traducción solo cambia las palabras</translation>
    </message>
    <message>
        <source>its figures differ from the original&apos;s: it lacks {missing} and adds {added}</source>
        <translation>sus cifras difieren de las del original: omite {missing} y agrega {added}</translation>
    </message>
    <message>
        <source>its figures differ from the original&apos;s: it lacks {missing}</source>
        <translation>sus cifras difieren de las del original: omite {missing}</translation>
    </message>
    <message>
        <source>its figures differ from the original&apos;s: it adds {added}</source>
        <translation>sus cifras difieren de las del original: agrega {added}</translation>
    </message>
    <message>
        <source>must be a list of language tags such as [en, fr, es, ar]</source>
        <translation>debe ser una lista de etiquetas de idioma, como [en, fr, es, ar]</translation>
    </message>
    <message>
        <source>must include the pack&apos;s own language, {language}</source>
        <translation>debe incluir el idioma propio del paquete, {language}</translation>
    </message>
    <message>
        <source>must map each of pack.yaml&apos;s choices to its words in this language</source>
        <translation>debe asociar cada una de las opciones de pack.yaml con su formulación en este idioma</translation>
    </message>
    <message>
        <source>pack.yaml declares no choice {unknown} (its choices: {choices})</source>
        <translation>pack.yaml no declara ninguna opción {unknown} (sus opciones: {choices})</translation>
    </message>
    <message>
        <source>is in &apos;{language}&apos;, which pack.yaml&apos;s languages do not list</source>
        <translation>está en &apos;{language}&apos;, que no figura en languages de pack.yaml</translation>
    </message>
    <message>
        <source>unknown field{hint}; a pack&apos;s translation has {fields}</source>
        <translation>campo desconocido{hint}; la traducción de un paquete tiene {fields}</translation>
    </message>
    <message>
        <source>must list the attributes of pack.yaml, each once, by key</source>
        <translation>debe enumerar los atributos de pack.yaml por su clave, cada uno una sola vez</translation>
    </message>
    <message>
        <source>unknown field; a translated attribute has {fields}</source>
        <translation>campo desconocido; un atributo traducido tiene {fields}</translation>
    </message>
    <message>
        <source>values nested more than {most} levels deep</source>
        <translation>valores anidados a más de {most} niveles de profundidad</translation>
    </message>
    <message>
        <source>YAML syntax error: {problem}</source>
        <translation>error de sintaxis YAML: {problem}</translation>
    </message>
    <message>
        <source>YAML error: {reason}</source>
        <translation>error de YAML: {reason}</translation>
    </message>
    <message>
        <source>a value cannot be read as the date, number or other type it looks like ({reason})</source>
        <translation>un valor no puede leerse como la fecha, el número u otro tipo que parece ser ({reason})</translation>
    </message>
    <message>
        <source>a value cannot be read as the date, number or other type it looks like</source>
        <translation>un valor no puede leerse como la fecha, el número u otro tipo que parece ser</translation>
    </message>
    <message>
        <source>an alias (*name) refers to a value that contains it; write the values out</source>
        <translation>un alias (*nombre) remite a un valor que lo contiene; escriba los valores completos</translation>
    </message>
    <message>
        <source>the name {name} reads as a date, not as text; put it in quotes</source>
        <translation>el nombre {name} se lee como una fecha, no como texto; póngalo entre comillas</translation>
    </message>
    <message>
        <source>the name {name} reads as binary data, not as text; put it in quotes</source>
        <translation>el nombre {name} se lee como datos binarios, no como texto; póngalo entre comillas</translation>
    </message>
    <message>
        <source>aliases (*name) repeat values into more than {most} characters; write the values out</source>
        <translation>los alias (*nombre) repiten valores hasta superar los {most} caracteres; escriba los valores completos</translation>
    </message>
    <message>
        <source>the file must start with a &apos;---&apos; line opening the YAML front matter</source>
        <translation>el archivo debe empezar con una línea &apos;---&apos; que abra el front matter YAML</translation>
    </message>
    <message>
        <source>the front matter is never closed by a second &apos;---&apos; line</source>
        <translation>el front matter nunca se cierra con una segunda línea &apos;---&apos;</translation>
    </message>
    <message>
        <source>the front matter must be a mapping of field: value</source>
        <translation>el front matter debe ser un mapeo de campo: valor</translation>
    </message>
    <message>
        <source>at least {currency} {amount}, {period}</source>
        <translation>al menos {currency} {amount}, {period}</translation>
    </message>
    <message>
        <source>{currency} {amount}, {period}</source>
        <translation>{currency} {amount}, {period}</translation>
    </message>
    <message numerus="yes">
        <source>{number} billion</source>
        <translation>
            <numerusform>{number} mil millones</numerusform>
            <numerusform>{number} mil millones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} million</source>
        <translation>
            <numerusform>{number} millón</numerusform>
            <numerusform>{number} millones</numerusform>
        </translation>
    </message>
    <message>
        <source>notes could not be read from {path} ({reason}); only the reference content was searched.</source>
        <translation>no se pudieron leer las notas de {path} ({reason}); solo se buscó en el contenido de referencia.</translation>
    </message>
    <message>
        <source>&apos;{second}&apos; repeats the text of &apos;{text}&apos; on most rows: not used</source>
        <translation>&apos;{second}&apos; repite el texto de &apos;{text}&apos; en la mayoría de las filas: no se usa</translation>
    </message>
    <message>
        <source>{reason}: not used</source>
        <translation>{reason}: no se usa</translation>
    </message>
    <message>
        <source>repeats its values ({titles} different beside {texts} different texts; {examples}): not titles, so each title is made from the lesson&apos;s text</source>
        <translation>repite sus valores ({titles} distintos frente a {texts} textos distintos; {examples}): no son títulos, así que el título de cada lección se forma a partir de su texto</translation>
    </message>
    <message numerus="yes">
        <source>prose too (%n word(s) a cell): &apos;{text}&apos; is taken as the text and this one kept beside it, shown and searched</source>
        <translation>
            <numerusform>también es prosa (%n palabra por celda): se toma &apos;{text}&apos; como el texto y esta columna se conserva a su lado, se muestra y se incluye en la búsqueda</numerusform>
            <numerusform>también es prosa (%n palabras por celda): se toma &apos;{text}&apos; como el texto y esta columna se conserva a su lado, se muestra y se incluye en la búsqueda</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{header}&apos; is named like {named} but {why}</source>
        <translation>&apos;{header}&apos;: su nombre indica {named}, pero {why}</translation>
    </message>
    <message>
        <source>&apos;{header}&apos; is named like {named} but {why}; it is taken as {chosen}</source>
        <translation>&apos;{header}&apos;: su nombre indica {named}, pero {why}; se toma como {chosen}</translation>
    </message>
    <message>
        <source>{description} (the one with the lessons; the workbook&apos;s other sheets: {sheets})</source>
        <translation>{description} (la hoja con las lecciones; otras hojas del libro: {sheets})</translation>
    </message>
    <message numerus="yes">
        <source>the text column &apos;{header}&apos; holds only %Ln different value(s) in {rows} rows: it looks like a label, not the lessons&apos; text</source>
        <translation>
            <numerusform>la columna de texto &apos;{header}&apos; solo contiene %Ln valor distinto en {rows} filas: parece una etiqueta, no el texto de las lecciones</numerusform>
            <numerusform>la columna de texto &apos;{header}&apos; solo contiene %Ln valores distintos en {rows} filas: parece una etiqueta, no el texto de las lecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this mapping would skip {skipped} of %Ln row(s) ({share})</source>
        <translation>
            <numerusform>esta asignación omitiría {skipped} de %Ln fila ({share})</numerusform>
            <numerusform>esta asignación omitiría {skipped} de %Ln filas ({share})</numerusform>
        </translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <source>it holds strings of 0 and 1 ({examples})</source>
        <translation>contiene cadenas de 0 y 1 ({examples})</translation>
    </message>
    <message>
        <source>it numbers the rows</source>
        <translation>numera las filas</translation>
    </message>
    <message numerus="yes">
        <source>holds only %Ln label(s) ({examples}): not the text</source>
        <translation>
            <numerusform>solo contiene %Ln etiqueta ({examples}): no es el texto</numerusform>
            <numerusform>solo contiene %Ln etiquetas ({examples}): no es el texto</numerusform>
        </translation>
    </message>
    <message>
        <source>holds codes, numbers or dates: not the text</source>
        <translation>contiene códigos, números o fechas: no es el texto</translation>
    </message>
    <message numerus="yes">
        <source>header only: %Ln word(s) a cell is short for a lesson</source>
        <translation>
            <numerusform>solo por el encabezado: %Ln palabra por celda es poco para una lección</numerusform>
            <numerusform>solo por el encabezado: %Ln palabras por celda es poco para una lección</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holds %Ln word(s) a cell: too short for the text</source>
        <translation>
            <numerusform>contiene %Ln palabra por celda: demasiado poco para el texto</numerusform>
            <numerusform>contiene %Ln palabras por celda: demasiado poco para el texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text of %Ln word(s) a cell</source>
        <translation>
            <numerusform>texto de %Ln palabra por celda</numerusform>
            <numerusform>texto de %Ln palabras por celda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>long, varied prose: %Ln word(s) a cell, {texts} different texts in {rows} rows looked at</source>
        <translation>
            <numerusform>prosa larga y variada: %Ln palabra por celda, {texts} textos distintos en {rows} filas examinadas</numerusform>
            <numerusform>prosa larga y variada: %Ln palabras por celda, {texts} textos distintos en {rows} filas examinadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>varied sentences: %Ln word(s) a cell, {texts} different texts in {rows} rows looked at</source>
        <translation>
            <numerusform>frases variadas: %Ln palabra por celda, {texts} textos distintos en {rows} filas examinadas</numerusform>
            <numerusform>frases variadas: %Ln palabras por celda, {texts} textos distintos en {rows} filas examinadas</numerusform>
        </translation>
    </message>
    <message>
        <source>header and contents: {what}</source>
        <translation>encabezado y contenido: {what}</translation>
    </message>
    <message>
        <source>contents: {what}</source>
        <translation>contenido: {what}</translation>
    </message>
    <message>
        <source>{reason}; named as the edited text</source>
        <translation>{reason}; su nombre indica que es el texto editado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) naming lessons or challenges ({examples})</source>
        <translation>
            <numerusform>%Ln etiqueta que designa lecciones o desafíos ({examples})</numerusform>
            <numerusform>%Ln etiquetas que designan lecciones o desafíos ({examples})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>header; %Ln label(s) ({examples})</source>
        <translation>
            <numerusform>encabezado; %Ln etiqueta ({examples})</numerusform>
            <numerusform>encabezado; %Ln etiquetas ({examples})</numerusform>
        </translation>
    </message>
    <message>
        <source>does not hold a few labels such as &apos;Lesson&apos; or &apos;Challenge&apos;</source>
        <translation>no contiene unas pocas etiquetas como &apos;Lección&apos; o &apos;Desafío&apos;</translation>
    </message>
    <message>
        <source>holds codes ({examples}), not titles: each lesson&apos;s title is made from its text (first sentence, near 80 characters)</source>
        <translation>contiene códigos ({examples}), no títulos: el título de cada lección se crea a partir de su texto (la primera frase, unos 80 caracteres)</translation>
    </message>
    <message>
        <source>repeats the same values on many rows ({distinct} different in {filled}; {examples}): not titles, so each title is made from the lesson&apos;s text</source>
        <translation>repite los mismos valores en muchas filas ({distinct} distintos en {filled}; {examples}): no son títulos, así que el título de cada lección se crea a partir de su texto</translation>
    </message>
    <message>
        <source>holds long prose, not titles</source>
        <translation>contiene prosa larga, no títulos</translation>
    </message>
    <message numerus="yes">
        <source>header; short text (%n word(s) a cell)</source>
        <translation>
            <numerusform>encabezado; texto breve (%n palabra por celda)</numerusform>
            <numerusform>encabezado; texto breve (%n palabras por celda)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>header; short, varied text (%n word(s) a cell)</source>
        <translation>
            <numerusform>encabezado; texto breve y variado (%n palabra por celda)</numerusform>
            <numerusform>encabezado; texto breve y variado (%n palabras por celda)</numerusform>
        </translation>
    </message>
    <message>
        <source>header; short codes such as {examples}</source>
        <translation>encabezado; códigos breves como {examples}</translation>
    </message>
    <message>
        <source>contents: short codes repeated on many rows ({examples}); kept on each lesson as its code</source>
        <translation>contenido: códigos breves repetidos en muchas filas ({examples}); se conservan en cada lección como su código</translation>
    </message>
    <message>
        <source>contents: short codes ({examples}) where titles were expected; kept on each lesson as its code</source>
        <translation>contenido: códigos breves ({examples}) donde se esperaban títulos; se conservan en cada lección como su código</translation>
    </message>
    <message>
        <source>holds sentences, not ids</source>
        <translation>contiene frases, no identificadores</translation>
    </message>
    <message>
        <source>repeats values ({distinct} different in {filled} rows): not an id, ids come from the text</source>
        <translation>repite valores ({distinct} distintos en {filled} filas): no es un ID; los ID se crean a partir del texto</translation>
    </message>
    <message>
        <source>header; a different value on every row</source>
        <translation>encabezado; un valor distinto en cada fila</translation>
    </message>
    <message>
        <source>header</source>
        <comment>a column chosen by its header alone</comment>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>header; {share} dates</source>
        <translation>encabezado; {share} de fechas</translation>
    </message>
    <message>
        <source>header; {share} years</source>
        <translation>encabezado; {share} de años</translation>
    </message>
    <message>
        <source>contents: {share} dates</source>
        <translation>contenido: {share} de fechas</translation>
    </message>
    <message>
        <source>does not hold dates</source>
        <translation>no contiene fechas</translation>
    </message>
    <message>
        <source>holds prose, not short values</source>
        <translation>contiene prosa, no valores breves</translation>
    </message>
    <message>
        <source>contents: {share} country names ({examples})</source>
        <translation>contenido: {share} de nombres de países ({examples})</translation>
    </message>
    <message>
        <source>contents: {share} region names ({examples})</source>
        <translation>contenido: {share} de nombres de regiones ({examples})</translation>
    </message>
    <message>
        <source>the lesson text</source>
        <comment>a lesson&apos;s field</comment>
        <translation>el texto de la lección</translation>
    </message>
    <message>
        <source>the second text</source>
        <comment>a lesson&apos;s field</comment>
        <translation>el segundo texto</translation>
    </message>
    <message>
        <source>the title</source>
        <comment>a lesson&apos;s field</comment>
        <translation>el título</translation>
    </message>
    <message>
        <source>the type</source>
        <comment>a lesson&apos;s field</comment>
        <translation>el tipo</translation>
    </message>
    <message>
        <source>the code</source>
        <comment>a lesson&apos;s field</comment>
        <translation>el código</translation>
    </message>
    <message>
        <source>the country</source>
        <comment>a lesson&apos;s field</comment>
        <translation>el país</translation>
    </message>
    <message>
        <source>the region</source>
        <comment>a lesson&apos;s field</comment>
        <translation>la región</translation>
    </message>
    <message>
        <source>the sector</source>
        <comment>a lesson&apos;s field</comment>
        <translation>el sector</translation>
    </message>
    <message>
        <source>the hazard</source>
        <comment>a lesson&apos;s field</comment>
        <translation>la amenaza</translation>
    </message>
    <message>
        <source>the date</source>
        <comment>a lesson&apos;s field</comment>
        <translation>la fecha</translation>
    </message>
    <message>
        <source>the id</source>
        <comment>a lesson&apos;s field</comment>
        <translation>el ID</translation>
    </message>
    <message>
        <source>the source</source>
        <comment>a lesson&apos;s field</comment>
        <translation>la fuente</translation>
    </message>
    <message numerus="yes">
        <source>header; %Ln value(s) ({examples})</source>
        <translation>
            <numerusform>encabezado; %Ln valor ({examples})</numerusform>
            <numerusform>encabezado; %Ln valores ({examples})</numerusform>
        </translation>
    </message>
    <message>
        <source>the same text as an earlier row</source>
        <translation>el mismo texto que una fila anterior</translation>
    </message>
    <message>
        <source>the same row as an earlier one</source>
        <translation>la misma fila que una anterior</translation>
    </message>
    <message>
        <source>more or fewer cells than the header&apos;s {cells}: check the quoting (a separator inside a cell must be quoted)</source>
        <translation>más o menos celdas que las {cells} del encabezado: revise las comillas (un separador dentro de una celda debe ir entre comillas)</translation>
    </message>
    <message>
        <source>the text cell is empty; the text is taken from &apos;{header}&apos;</source>
        <translation>la celda del texto está vacía; el texto se toma de &apos;{header}&apos;</translation>
    </message>
    <message numerus="yes">
        <source>it has %n cell(s), the header {header}: check the quoting</source>
        <translation>
            <numerusform>tiene %n celda y el encabezado {header}: revise las comillas</numerusform>
            <numerusform>tiene %n celdas y el encabezado {header}: revise las comillas</numerusform>
        </translation>
    </message>
    <message>
        <source>the text cell is empty</source>
        <translation>la celda del texto está vacía</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {most} are accepted</source>
        <translation>el texto tiene {length} caracteres; se aceptan como máximo {most}</translation>
    </message>
    <message>
        <source>type &apos;{label}&apos; is neither a lesson nor a challenge; kept as the lesson&apos;s type text</source>
        <translation>el tipo &apos;{label}&apos; no es ni una lección ni un desafío; se conserva como texto del tipo de la lección</translation>
    </message>
    <message>
        <source>type is {length} characters long, too long for a type; left out</source>
        <translation>el tipo tiene {length} caracteres, demasiado largo para un tipo; se omitió</translation>
    </message>
    <message>
        <source>types too long for a type; left out</source>
        <translation>tipos demasiado largos para un tipo; se omitieron</translation>
    </message>
    <message>
        <source>country is {length} characters long, too long for a country; left out</source>
        <translation>el país tiene {length} caracteres, demasiado largo para un país; se omitió</translation>
    </message>
    <message>
        <source>country values too long for a country; left out</source>
        <translation>valores de país demasiado largos para un país; se omitieron</translation>
    </message>
    <message>
        <source>region is {length} characters long, too long for a region; left out</source>
        <translation>la región tiene {length} caracteres, demasiado larga para una región; se omitió</translation>
    </message>
    <message>
        <source>region values too long for a region; left out</source>
        <translation>valores de región demasiado largos para una región; se omitieron</translation>
    </message>
    <message>
        <source>sector is {length} characters long, too long for a sector; left out</source>
        <translation>el sector tiene {length} caracteres, demasiado largo para un sector; se omitió</translation>
    </message>
    <message>
        <source>sector values too long for a sector; left out</source>
        <translation>valores de sector demasiado largos para un sector; se omitieron</translation>
    </message>
    <message>
        <source>hazard is {length} characters long, too long for a hazard; left out</source>
        <translation>la amenaza tiene {length} caracteres, demasiado larga para una amenaza; se omitió</translation>
    </message>
    <message>
        <source>hazard values too long for a hazard; left out</source>
        <translation>valores de amenaza demasiado largos para una amenaza; se omitieron</translation>
    </message>
    <message numerus="yes">
        <source>{field}: &apos;{spelling}&apos; (%n row(s)) merged into &apos;{winner}&apos;</source>
        <translation>
            <numerusform>{field}: &apos;{spelling}&apos; (%n fila) se unificó con &apos;{winner}&apos;</numerusform>
            <numerusform>{field}: &apos;{spelling}&apos; (%n filas) se unificó con &apos;{winner}&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>the same text as an earlier row; its {values} not kept</source>
        <translation>el mismo texto que una fila anterior; no se conservan sus valores {values}</translation>
    </message>
    <message>
        <source>the id cell is empty; the id is made from the text, so a change to the text will make it a new lesson</source>
        <translation>la celda del ID está vacía; el ID se crea a partir del texto, así que un cambio en el texto la convertirá en una nueva lección</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is reserved for the spreadsheet&apos;s own entry in the pack; give the row another id</source>
        <translation>el ID &apos;{id}&apos; está reservado para la entrada propia de la hoja de cálculo en el paquete; asigne otro ID a la fila</translation>
    </message>
    <message>
        <source>the same id as an earlier row</source>
        <translation>el mismo ID que una fila anterior</translation>
    </message>
    <message>
        <source>January</source>
        <comment>month</comment>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month</comment>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month</comment>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month</comment>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month</comment>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month</comment>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month</comment>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month</comment>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month</comment>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month</comment>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month</comment>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>times of day, not dates; kept as written</source>
        <translation>horas del día, no fechas; se conservan tal como están escritas</translation>
    </message>
    <message>
        <source>dates with a two-digit year; kept as written</source>
        <translation>fechas con un año de dos cifras; se conservan tal como están escritas</translation>
    </message>
    <message>
        <source>dates that could be day-first or month-first; kept as written with their year (choose the date order to read them)</source>
        <translation>fechas que podrían llevar primero el día o primero el mes; se conservan tal como están escritas, con su año (elija el orden de las fechas para leerlas)</translation>
    </message>
    <message>
        <source>dates that are not on the calendar; kept as written</source>
        <translation>fechas que no existen en el calendario; se conservan tal como están escritas</translation>
    </message>
    <message>
        <source>dates in an implausible year for a lesson; kept as written</source>
        <translation>fechas con un año inverosímil para una lección; se conservan tal como están escritas</translation>
    </message>
    <message>
        <source>dates this import cannot read; kept as written</source>
        <translation>fechas que esta importación no puede leer; se conservan tal como están escritas</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; is a time of day, not a date; kept as written</source>
        <translation>la fecha &apos;{date}&apos; es una hora del día, no una fecha; se conserva tal como está escrita</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; could be {day} {month} or {other_day} {other_month} {year}; kept as written (year {year} kept). Choose the date order to read such dates (the import dialog&apos;s Date order, or dates: in a mapping file)</source>
        <translation>la fecha &apos;{date}&apos; podría ser el {day} de {month} o el {other_day} de {other_month} de {year}; se conserva tal como está escrita (se conserva el año {year}). Elija el orden de las fechas para leer este tipo de fechas (Orden de las fechas en el cuadro de diálogo de importación, o dates: en un archivo de asignación de columnas)</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; is not a date of the calendar; kept as written</source>
        <translation>la fecha &apos;{date}&apos; no es una fecha del calendario; se conserva tal como está escrita</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; has a two-digit year, which could be 19{year} or 20{year}; kept as written</source>
        <translation>la fecha &apos;{date}&apos; tiene un año de dos cifras, que podría ser 19{year} o 20{year}; se conserva tal como está escrita</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; is not a date this import can read; kept as written</source>
        <translation>la fecha &apos;{date}&apos; no es una fecha que esta importación pueda leer; se conserva tal como está escrita</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; falls in {year}, which is implausible for a lesson (before {earliest} or after {latest}); kept as written</source>
        <translation>la fecha &apos;{date}&apos; cae en {year}, un año inverosímil para una lección (anterior a {earliest} o posterior a {latest}); se conserva tal como está escrita</translation>
    </message>
    <message>
        <source>{reason} (row {row}, which was kept)</source>
        <translation>{reason} (fila {row}, que se conservó)</translation>
    </message>
    <message>
        <source>{path}: the report cannot be written ({reason}).</source>
        <translation>{path}: no se puede escribir el informe ({reason}).</translation>
    </message>
    <message>
        <source>no longer in the file</source>
        <translation>ya no está en el archivo</translation>
    </message>
    <message>
        <source>chosen from the headers and the contents, with the settings of {path}</source>
        <translation>elegidas a partir de los encabezados y del contenido, con los ajustes de {path}</translation>
    </message>
    <message>
        <source>The pack id &apos;{pack_id}&apos; cannot be used for {file}: a pack id is lowercase letters, digits and hyphens, e.g. {example}.</source>
        <translation>El ID de paquete &apos;{pack_id}&apos; no se puede usar para {file}: un ID de paquete consta de letras minúsculas, dígitos y guiones, p. ej. {example}.</translation>
    </message>
    <message>
        <source>The pack id &apos;{pack_id}&apos; belongs to a pack bundled with the application; choose another pack id.</source>
        <translation>El ID de paquete &apos;{pack_id}&apos; pertenece a un paquete incluido en la aplicación; elija otro ID de paquete.</translation>
    </message>
    <message>
        <source>The import of {file} was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación de {file}; no se modificó nada.</translation>
    </message>
    <message>
        <source>chosen from the headers and the contents</source>
        <translation>elegidas a partir de los encabezados y del contenido</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field{hint}; fields are: {fields}</source>
        <translation>&apos;{name}&apos; no es un campo{hint}; los campos son: {fields}</translation>
    </message>
    <message>
        <source>{field}: {file} has no column named &apos;{header}&apos; (did you mean &apos;{close}&apos;?); its columns are: {columns}</source>
        <translation>{field}: {file} no tiene ninguna columna llamada &apos;{header}&apos; (¿quiso decir &apos;{close}&apos;?); sus columnas son: {columns}</translation>
    </message>
    <message>
        <source>{field}: {file} has no column named &apos;{header}&apos;; its columns are: {columns}</source>
        <translation>{field}: {file} no tiene ninguna columna llamada &apos;{header}&apos;; sus columnas son: {columns}</translation>
    </message>
    <message>
        <source>no column holds the lesson text: no column of {file} ({columns}) holds prose or is named like it; {notes}; name it in a mapping file, e.g. columns: {{text: &quot;Lesson learned&quot;}}</source>
        <translation>ninguna columna contiene el texto de la lección: ninguna columna de {file} ({columns}) contiene prosa ni tiene un nombre que lo indique; {notes}; indíquela en un archivo de asignación de columnas, p. ej. columns: {{text: &quot;Lección aprendida&quot;}}</translation>
    </message>
    <message>
        <source>no column holds the lesson text: no column of {file} ({columns}) holds prose or is named like it; name it in a mapping file, e.g. columns: {{text: &quot;Lesson learned&quot;}}</source>
        <translation>ninguna columna contiene el texto de la lección: ninguna columna de {file} ({columns}) contiene prosa ni tiene un nombre que lo indique; indíquela en un archivo de asignación de columnas, p. ej. columns: {{text: &quot;Lección aprendida&quot;}}</translation>
    </message>
    <message>
        <source>dates: must be {day_first} or {month_first} (found &apos;{found}&apos;)</source>
        <translation>dates: debe ser {day_first} o {month_first} (se encontró &apos;{found}&apos;)</translation>
    </message>
    <message>
        <source>{path}: no such mapping file.</source>
        <translation>{path}: no existe ese archivo de asignación de columnas.</translation>
    </message>
    <message>
        <source>{path}: the mapping file cannot be read ({reason}).</source>
        <translation>{path}: no se puede leer el archivo de asignación de columnas ({reason}).</translation>
    </message>
    <message>
        <source>{path}: a mapping file needs &apos;columns:&apos;, a mapping of field to column header, e.g. columns: {{text: &quot;Lesson learned&quot;, country: Country}}, or only settings (sheet, language, pack_title, dates), with the columns then chosen for you</source>
        <translation>{path}: un archivo de asignación de columnas necesita &apos;columns:&apos;, una correspondencia entre campos y encabezados de columna, p. ej. columns: {{text: &quot;Lección aprendida&quot;, country: País}}, o solo ajustes (sheet, language, pack_title, dates), en cuyo caso las columnas se eligen automáticamente</translation>
    </message>
    <message>
        <source>{path}:{line}: &apos;{key}&apos; is not a mapping setting{hint}; settings are: {settings}</source>
        <translation>{path}:{line}: &apos;{key}&apos; no es un ajuste del archivo de asignación de columnas{hint}; los ajustes son: {settings}</translation>
    </message>
    <message>
        <source>{path}:{line}: &apos;{name}&apos; is not a field{hint}; fields are: {fields}</source>
        <translation>{path}:{line}: &apos;{name}&apos; no es un campo{hint}; los campos son: {fields}</translation>
    </message>
    <message>
        <source>{path}:{line}: columns.{name}: must be the header of a column</source>
        <translation>{path}:{line}: columns.{name}: debe ser el encabezado de una columna</translation>
    </message>
    <message>
        <source>{path}:{line}: {key}: must be text</source>
        <translation>{path}:{line}: {key}: debe ser un texto</translation>
    </message>
    <message>
        <source>{path}:{line}: language: must be a language tag such as en, fr, ar or es-419</source>
        <translation>{path}:{line}: language: debe ser una etiqueta de idioma como en, fr, ar o es-419</translation>
    </message>
    <message>
        <source>The installed pack &apos;{pack_id}&apos; ({location}) cannot be read to compare with ({reason}); remove it or choose another pack id.</source>
        <translation>No se puede leer el paquete instalado &apos;{pack_id}&apos; ({location}) para compararlo ({reason}); elimínelo o elija otro ID de paquete.</translation>
    </message>
    <message>
        <source>The pack &apos;{pack_id}&apos; is installed ({location}) but was not made by import-lessons, so importing would replace it; choose another pack id.</source>
        <translation>El paquete &apos;{pack_id}&apos; está instalado ({location}), pero no lo creó import-lessons, así que importar lo reemplazaría; elija otro ID de paquete.</translation>
    </message>
    <message>
        <source>{path}: the old Excel format (.xls) cannot be read; save the file as .xlsx or CSV.</source>
        <translation>{path}: el antiguo formato de Excel (.xls) no se puede leer; guarde el archivo como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}: no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>{path}: a sheet (&apos;{sheet}&apos;) can only be chosen in an Excel workbook, not in a CSV file.</source>
        <translation>{path}: solo se puede elegir una hoja (&apos;{sheet}&apos;) en un libro de Excel, no en un archivo CSV.</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message numerus="yes">
        <source>UTF-8 (%n line(s) in Windows-1252)</source>
        <translation>
            <numerusform>UTF-8 (%n línea en Windows-1252)</numerusform>
            <numerusform>UTF-8 (%n líneas en Windows-1252)</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: looks like UTF-16 text but is damaged at byte {byte} ({reason}); save it again as UTF-8 CSV.</source>
        <translation>{path}: parece texto UTF-16, pero está dañado en el byte {byte} ({reason}); vuelva a guardarlo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>{path}: holds NUL bytes after decoding it as {encoding}: not a text (CSV) file. Export the sheet as CSV or XLSX.</source>
        <translation>{path}: contiene bytes NUL tras decodificarlo como {encoding}: no es un archivo de texto (CSV). Exporte la hoja como CSV o XLSX.</translation>
    </message>
    <message>
        <source>{path}: row {row}: {reason}</source>
        <translation>{path}: fila {row}: {reason}</translation>
    </message>
    <message>
        <source>CSV, {encoding}, separated by commas</source>
        <translation>CSV, {encoding}, separado por comas</translation>
    </message>
    <message>
        <source>CSV, {encoding}, separated by semicolons</source>
        <translation>CSV, {encoding}, separado por punto y coma</translation>
    </message>
    <message>
        <source>CSV, {encoding}, separated by tabs</source>
        <translation>CSV, {encoding}, separado por tabulaciones</translation>
    </message>
    <message>
        <source>CSV, {encoding}, separated by vertical bars</source>
        <translation>CSV, {encoding}, separado por barras verticales</translation>
    </message>
    <message>
        <source>{path}: not a readable Excel workbook (.xlsx): {reason}</source>
        <translation>{path}: no es un libro de Excel (.xlsx) legible: {reason}</translation>
    </message>
    <message>
        <source>{path}: has no sheet named &apos;{sheet}&apos;; its sheets are: {sheets}.</source>
        <translation>{path}: no tiene ninguna hoja llamada &apos;{sheet}&apos;; sus hojas son: {sheets}.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet &apos;{sheet}&apos;</source>
        <translation>Libro de Excel, hoja &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>{path}: the workbook is damaged and cannot be read ({reason}).</source>
        <translation>{path}: el libro está dañado y no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>{path}: every sheet is empty; a header row naming the columns is needed, then one lesson per row.</source>
        <translation>{path}: todas las hojas están vacías; se necesita una fila de encabezado que nombre las columnas y, debajo, una lección por fila.</translation>
    </message>
    <message>
        <source>{path}: is empty; a header row naming the columns is needed, then one lesson per row.</source>
        <translation>{path}: está vacío; se necesita una fila de encabezado que nombre las columnas y, debajo, una lección por fila.</translation>
    </message>
    <message numerus="yes">
        <source>{description}, header on row {row} (the %n row(s) above it left out)</source>
        <translation>
            <numerusform>{description}, encabezado en la fila {row} (se omitió %n fila anterior)</numerusform>
            <numerusform>{description}, encabezado en la fila {row} (se omitieron las %n filas anteriores)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to back up yet: {path} is made when the first note, bookmark or comparison is saved.</source>
        <translation>Todavía no hay nada que guardar en una copia de seguridad: {path} se crea al guardar la primera nota, marcador o comparación.</translation>
    </message>
    <message>
        <source>{path} is the notes file itself; choose a backup to restore.</source>
        <translation>{path} es el propio archivo de notas; elija una copia de seguridad para restaurar.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {problem}. Your notes file was not changed.</source>
        <translation>No se puede restaurar {path}: {problem}. Su archivo de notas no se modificó.</translation>
    </message>
    <message>
        <source>Compare between {least} and {most} models; {given} given.</source>
        <translation>Compare entre {least} y {most} modelos; se indicaron {given}.</translation>
    </message>
    <message>
        <source>Each model can appear once in a comparison; repeated: {repeated}.</source>
        <translation>Cada modelo puede aparecer una sola vez en una comparación; repetidos: {repeated}.</translation>
    </message>
    <message>
        <source>No pack &apos;{id}&apos;. Packs: {packs}.</source>
        <translation>No existe el paquete &apos;{id}&apos;. Paquetes: {packs}.</translation>
    </message>
    <message>
        <source>No pack &apos;{id}&apos;. Packs: none.</source>
        <translation>No existe el paquete &apos;{id}&apos;. Paquetes: ninguno.</translation>
    </message>
    <message>
        <source>The passage “{passage}” is not in {title} ({uid}); quote the words as the entry has them.</source>
        <translation>El pasaje “{passage}” no figura en {title} ({uid}); cite las palabras tal como aparecen en la entrada.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message numerus="yes">
        <source>it is damaged (%n problem(s); the first: {first})</source>
        <translation>
            <numerusform>está dañado (%n problema; el primero: {first})</numerusform>
            <numerusform>está dañado (%n problemas; el primero: {first})</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not a Partnership Atlas notes file</source>
        <translation>no es un archivo de notas de Partnership Atlas</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Partnership Atlas ({steps})</source>
        <translation>se guardó con una versión más reciente de Partnership Atlas ({steps})</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>The backup {path} failed its check ({problem}) and was not kept; your notes file was not changed.</source>
        <translation>La copia de seguridad {path} no superó su verificación ({problem}) y no se conservó; su archivo de notas no se modificó.</translation>
    </message>
    <message>
        <source>The backup {path} could not be made ({reason}); your notes file was not changed.</source>
        <translation>No se pudo hacer la copia de seguridad {path} ({reason}); su archivo de notas no se modificó.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>el archivo o su carpeta son de solo lectura</translation>
    </message>
    <message>
        <source>a file could not be created beside it (is the folder read-only?)</source>
        <translation>no se pudo crear un archivo junto a él (¿la carpeta es de solo lectura?)</translation>
    </message>
    <message>
        <source>permission to write was refused</source>
        <translation>se denegó el permiso de escritura</translation>
    </message>
    <message>
        <source>another Partnership Atlas window or command is writing to it; try again in a moment</source>
        <translation>otra ventana o comando de Partnership Atlas está escribiendo en él; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>its contents cannot be read ({reason})</source>
        <translation>su contenido no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>the disk reported an error while writing ({reason})</source>
        <translation>el disco notificó un error durante la escritura ({reason})</translation>
    </message>
    <message>
        <source>A saved comparison needs a name.</source>
        <translation>Una comparación guardada necesita un nombre.</translation>
    </message>
    <message>
        <source>A comparison named &apos;{name}&apos; already exists; choose another name.</source>
        <translation>Ya existe una comparación llamada &apos;{name}&apos;; elija otro nombre.</translation>
    </message>
    <message>
        <source>No saved comparison with id &apos;{id}&apos;.</source>
        <translation>No hay ninguna comparación guardada con el ID &apos;{id}&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{ref}&apos; matches %n saved comparisons; give more characters of the id.</source>
        <translation>
            <numerusform>&apos;{ref}&apos; coincide con %n comparación guardada; indique más caracteres del ID.</numerusform>
            <numerusform>&apos;{ref}&apos; coincide con %n comparaciones guardadas; indique más caracteres del ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved comparison &apos;{ref}&apos;. Saved comparisons: {known}.</source>
        <translation>No hay ninguna comparación guardada &apos;{ref}&apos;. Comparaciones guardadas: {known}.</translation>
    </message>
    <message>
        <source>No saved comparison &apos;{ref}&apos;. You have no saved comparisons yet; save one from the comparison view of the window.</source>
        <translation>No hay ninguna comparación guardada &apos;{ref}&apos;. Todavía no tiene comparaciones guardadas; guarde una desde la vista de comparación de la ventana.</translation>
    </message>
    <message>
        <source>Unknown note target kind &apos;{kind}&apos;; use one of {kinds}.</source>
        <translation>Tipo de destino de nota desconocido: &apos;{kind}&apos;; use uno de los siguientes: {kinds}.</translation>
    </message>
    <message>
        <source>Note {id} is already in the trash.</source>
        <translation>La nota {id} ya está en la Papelera.</translation>
    </message>
    <message>
        <source>Note {id} is not in the trash; there is nothing to restore.</source>
        <translation>La nota {id} no está en la Papelera; no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>Only a note in the trash can be purged; delete it first.</source>
        <translation>Solo se puede eliminar definitivamente una nota que esté en la Papelera; elimínela primero.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{ref}&apos; matches %n notes; give more characters of the id.</source>
        <translation>
            <numerusform>&apos;{ref}&apos; coincide con %n nota; indique más caracteres del ID.</numerusform>
            <numerusform>&apos;{ref}&apos; coincide con %n notas; indique más caracteres del ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>No note with id &apos;{id}&apos;.</source>
        <translation>No hay ninguna nota con el ID &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>Note &apos;{id}&apos; is in the trash; restore it first.</source>
        <translation>La nota &apos;{id}&apos; está en la Papelera; restáurela primero.</translation>
    </message>
    <message>
        <source>Note {id} has revisions 1 to {last}; there is no revision {number}.</source>
        <translation>La nota {id} tiene las revisiones 1 a {last}; no existe la revisión {number}.</translation>
    </message>
    <message>
        <source>Note &apos;{id}&apos; has no revision {revision}.</source>
        <translation>La nota &apos;{id}&apos; no tiene la revisión {revision}.</translation>
    </message>
    <message>
        <source>it could not be moved aside to {name}: {reason}</source>
        <translation>no se pudo apartar con el nombre {name}: {reason}</translation>
    </message>
    <message>
        <source>it could not be copied aside before restoring ({reason})</source>
        <translation>no se pudo hacer una copia aparte antes de la restauración ({reason})</translation>
    </message>
    <message>
        <source>the backup {path} could not be restored into it ({reason})</source>
        <translation>no se pudo restaurar en él la copia de seguridad {path} ({reason})</translation>
    </message>
    <message>
        <source>the backup {path} could not be copied ({reason})</source>
        <translation>no se pudo copiar la copia de seguridad {path} ({reason})</translation>
    </message>
    <message>
        <source>larger than {size} MB; not read</source>
        <translation>más de {size} MB; no se ha leído</translation>
    </message>
    <message>
        <source>not whole or not a change file (still being copied?); read again at the next sync</source>
        <translation>incompleto o no es un archivo de cambios (¿se está copiando?); se leerá de nuevo en la próxima sincronización</translation>
    </message>
    <message>
        <source>cannot be read ({reason}); read again at the next sync</source>
        <translation>no se puede leer ({reason}); se leerá de nuevo en la próxima sincronización</translation>
    </message>
    <message>
        <source>not a Partnership Atlas change file</source>
        <translation>no es un archivo de cambios de Partnership Atlas</translation>
    </message>
    <message>
        <source>written by a newer version of Partnership Atlas; update this one to read it</source>
        <translation>escrito por una versión más reciente de Partnership Atlas; actualice esta para leerlo</translation>
    </message>
    <message>
        <source>names another device or number than its place in the folder</source>
        <translation>indica otro dispositivo u otro número que su lugar en la carpeta</translation>
    </message>
    <message>
        <source>holds changes this version cannot understand</source>
        <translation>contiene cambios que esta versión no entiende</translation>
    </message>
    <message>
        <source>The sync folder {folder} is not there (a stick not plugged in, a share not connected?); nothing was changed.</source>
        <translation>La carpeta de sincronización {folder} no está (¿una memoria USB sin conectar, una carpeta compartida desconectada?); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The sync folder {folder} could not be used ({reason}); what was read before is kept, the rest is read at the next sync.</source>
        <translation>No se pudo usar la carpeta de sincronización {folder} ({reason}); lo que ya se leyó se conserva y el resto se leerá en la próxima sincronización.</translation>
    </message>
    <message>
        <source>{path}: file {missing} of this device is not in the folder yet; its later files wait for it.</source>
        <translation>{path}: el archivo {missing} de este dispositivo aún no está en la carpeta; sus archivos siguientes lo esperan.</translation>
    </message>
    <message>
        <source>Device {device}&apos;s clock is ahead (its file {seq} is dated {written}); its changes are ordered by their own count, so nothing is lost.</source>
        <translation>El reloj del dispositivo {device} va adelantado (su archivo {seq} tiene fecha {written}); sus cambios se ordenan por su propio contador, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a date; write it as year-month-day, e.g. 2026-12-05.</source>
        <translation>&apos;{day}&apos; no es una fecha; escríbala como año-mes-día, p. ej., 2026-12-05.</translation>
    </message>
    <message>
        <source>A brief needs a title.</source>
        <translation>Un dossier necesita un título.</translation>
    </message>
    <message>
        <source>The brief &apos;{title}&apos; is in the Trash; restore it first.</source>
        <translation>El dossier &apos;{title}&apos; está en la Papelera; restáurelo primero.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{ref}&apos; matches %n briefs; give more characters of the id.</source>
        <translation>
            <numerusform>&apos;{ref}&apos; coincide con %n dossier; indique más caracteres del ID.</numerusform>
            <numerusform>&apos;{ref}&apos; coincide con %n dossiers; indique más caracteres del ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>No brief &apos;{ref}&apos;. List them with: partnership-atlas brief list</source>
        <translation>No hay ningún dossier &apos;{ref}&apos;. Puede ver la lista con: partnership-atlas brief list</translation>
    </message>
    <message>
        <source>The brief &apos;{title}&apos; is not in the Trash; there is nothing to restore.</source>
        <translation>El dossier &apos;{title}&apos; no está en la Papelera; no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>Only a brief in the Trash can be deleted for good; move it to the Trash first.</source>
        <translation>Solo se puede eliminar definitivamente un dossier que esté en la Papelera; muévalo primero a la Papelera.</translation>
    </message>
    <message>
        <source>Unknown brief item kind &apos;{kind}&apos;; use one of {kinds}.</source>
        <translation>Tipo de elemento de dossier desconocido: &apos;{kind}&apos;; use uno de los siguientes: {kinds}.</translation>
    </message>
    <message>
        <source>The brief &apos;{title}&apos; has no item &apos;{id}&apos;.</source>
        <translation>El dossier &apos;{title}&apos; no tiene ningún elemento &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>The brief has revisions 1 to {last}; there is no revision {number}.</source>
        <translation>El dossier tiene las revisiones 1 a {last}; no existe la revisión {number}.</translation>
    </message>
    <message>
        <source>Unknown brief item kind &apos;{kind}&apos;; use entry, comparison or note.</source>
        <translation>Tipo de elemento de dossier desconocido: &apos;{kind}&apos;; use entry, comparison o note.</translation>
    </message>
    <message>
        <source>“{title}” is already in this brief (item {number}).</source>
        <translation>«{title}» ya está en este dossier (elemento {number}).</translation>
    </message>
    <message>
        <source>Add to Brief</source>
        <translation>Agregar al dossier</translation>
    </message>
    <message>
        <source>Add the entry or comparison on screen to the brief you are preparing</source>
        <translation>Agregar la entrada o la comparación que tiene en pantalla al dossier que está preparando</translation>
    </message>
    <message>
        <source>Show Brief</source>
        <translation>Mostrar el dossier</translation>
    </message>
    <message>
        <source>New Brief…</source>
        <translation>Nuevo dossier…</translation>
    </message>
    <message>
        <source>Undo Delete Brief</source>
        <translation>Deshacer eliminación del dossier</translation>
    </message>
    <message>
        <source>&amp;Rename Brief…</source>
        <translation>&amp;Renombrar el dossier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Brief</source>
        <translation>D&amp;uplicar el dossier</translation>
    </message>
    <message>
        <source>&amp;Delete Brief</source>
        <translation>&amp;Eliminar el dossier</translation>
    </message>
    <message>
        <source>Open a brief first: the navigator lists them under Briefs.</source>
        <translation>Abra primero un dossier: el navegador los enumera en Dossiers.</translation>
    </message>
    <message>
        <source>Save the comparison first (Ctrl+S), then add it to a brief.</source>
        <translation>Primero guarde la comparación (Ctrl+S) y luego agréguela a un dossier.</translation>
    </message>
    <message>
        <source>Open an entry, a note or a saved comparison, then add it to a brief.</source>
        <translation>Abra una entrada, una nota o una comparación guardada y luego agréguela a un dossier.</translation>
    </message>
    <message>
        <source>Brief of %1</source>
        <translation>Dossier del %1</translation>
    </message>
    <message>
        <source>Already in the brief “%1”.</source>
        <translation>Ya está en el dossier “%1”.</translation>
    </message>
    <message>
        <source>Added “%1” to the brief “%2” (Ctrl+Shift+M shows it).</source>
        <translation>Se agregó “%1” al dossier “%2” (Ctrl+Shift+M lo muestra).</translation>
    </message>
    <message>
        <source>New Brief</source>
        <translation>Nuevo dossier</translation>
    </message>
    <message>
        <source>Title of the brief, e.g. the meeting it is for:</source>
        <translation>Título del dossier, p. ej., la reunión a la que se destina:</translation>
    </message>
    <message>
        <source>Rename Brief</source>
        <translation>Cambiar el nombre del dossier</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nuevo título:</translation>
    </message>
    <message>
        <source>Made “%1”.</source>
        <translation>Se creó “%1”.</translation>
    </message>
    <message>
        <source>Moved the brief “%1” to the Trash (Brief &gt; Undo Delete Brief brings it back).</source>
        <translation>Se movió el dossier “%1” a la Papelera (Dossier &gt; Deshacer eliminación del dossier lo recupera).</translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation>¿Eliminar definitivamente?</translation>
    </message>
    <message>
        <source>This brief and all its revisions will be deleted for good. This cannot be undone.</source>
        <translation>Este dossier y todas sus revisiones se eliminarán definitivamente. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>This brief is in the Trash. Right-click it to restore it or delete it for good.</source>
        <translation>Este dossier está en la Papelera. Haga clic en él con el botón derecho para restaurarlo o eliminarlo definitivamente.</translation>
    </message>
    <message>
        <source>Export Brief as PDF…</source>
        <translation>Exportar el dossier como PDF…</translation>
    </message>
    <message>
        <source>Export Brief as OpenDocument Text…</source>
        <translation>Exportar el dossier como texto OpenDocument…</translation>
    </message>
    <message>
        <source>Export Brief as Markdown…</source>
        <translation>Exportar el dossier como Markdown…</translation>
    </message>
    <message>
        <source>Print Brief…</source>
        <translation>Imprimir el dossier…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texto OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Brief</source>
        <translation>Exportar el dossier</translation>
    </message>
    <message numerus="yes">
        <source>Exported the brief to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Se exportó el dossier a %1 (%n página).</numerusform>
            <numerusform>Se exportó el dossier a %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the brief to %1.</source>
        <translation>Se exportó el dossier a %1.</translation>
    </message>
    <message>
        <source>Could not export the brief: %1</source>
        <translation>No se pudo exportar el dossier: %1</translation>
    </message>
    <message>
        <source>Print Brief</source>
        <translation>Imprimir el dossier</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — página %2 de %3</translation>
    </message>
    <message>
        <source>{path}: could not be written ({reason}).</source>
        <translation>{path}: no se pudo escribir ({reason}).</translation>
    </message>
    <message>
        <source>(detached)</source>
        <comment>a brief&apos;s item</comment>
        <translation>(desvinculado)</translation>
    </message>
</context>
<context>
    <name>BriefHistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Historial de “%1”</translation>
    </message>
    <message>
        <source>Brief history</source>
        <translation>Historial del dossier</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Make this version the brief as it stands; the brief as it is now stays in the history.</source>
        <translation>Convertir esta versión en el dossier actual; el dossier tal como está ahora queda en el historial.</translation>
    </message>
</context>
<context>
    <name>BriefView</name>
    <message>
        <source>Brief</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Brief &amp;History…</source>
        <translation>&amp;Historial del dossier…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>Meeting or counterpart</source>
        <translation>Reunión o interlocutor</translation>
    </message>
    <message>
        <source>e.g. Humanitarian desk, Ministry of Foreign Affairs</source>
        <translation>p. ej., Oficina de Acción Humanitaria, Ministerio de Asuntos Exteriores</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Introduction: what the meeting is about and what you want from it (Markdown: **bold**, *italic*, - lists)</source>
        <translation>Introducción: de qué trata la reunión y qué espera obtener de ella (Markdown: **negrita**, *cursiva*, - listas)</translation>
    </message>
    <message>
        <source>Items of the brief</source>
        <translation>Elementos del dossier</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Mover hacia arriba</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Mover hacia abajo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove from Brief</source>
        <translation>Quitar del dossier</translation>
    </message>
    <message>
        <source>&amp;Undo Remove</source>
        <translation>&amp;Deshacer la retirada</translation>
    </message>
    <message>
        <source>Comment on the chosen item</source>
        <translation>Comentario sobre el elemento elegido</translation>
    </message>
    <message>
        <source>A short comment on the chosen item, shown with it</source>
        <translation>Un breve comentario sobre el elemento elegido, que se muestra junto a él</translation>
    </message>
    <message>
        <source>The brief as it will read</source>
        <translation>El dossier tal como se verá</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Títu&amp;lo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>I&amp;ntroduction:</source>
        <translation>In&amp;troducción:</translation>
    </message>
    <message>
        <source>&amp;Items (drag to reorder, or Alt+Up and Alt+Down):</source>
        <translation>Elemento&amp;s (arrástrelos para cambiar el orden, o use Alt+Up y Alt+Down):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>Co&amp;mentario:</translation>
    </message>
    <message>
        <source>No brief is open.

A brief gathers the models, lessons, comparisons and notes you need for a meeting into one document to print or send. Add what you are reading with Add to Brief (Ctrl+B), or start one here.</source>
        <translation>No hay ningún dossier abierto.

Un dossier reúne en un solo documento, para imprimir o enviar, los modelos, lecciones, comparaciones y notas que necesita para una reunión. Agregue lo que está leyendo con Agregar al dossier (Ctrl+B) o cree uno aquí.</translation>
    </message>
    <message>
        <source>New Brief…</source>
        <translation>Nuevo dossier…</translation>
    </message>
    <message>
        <source>A brief needs a title: it keeps “%1”.</source>
        <translation>Un dossier necesita un título: conserva «%1».</translation>
    </message>
    <message>
        <source>Removed “%1” from the brief (Ctrl+Z puts it back).</source>
        <translation>Se retiró «%1» del dossier (Ctrl+Z lo vuelve a poner).</translation>
    </message>
    <message>
        <source>“%1” is no longer in the installed packs or your notes; the brief shows it as it was when it was added.</source>
        <translation>«%1» ya no está en los paquetes instalados ni en sus notas; el dossier lo muestra tal como era cuando se agregó.</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>Show all ▾</source>
        <translation>Mostrar todo ▾</translation>
    </message>
    <message>
        <source>Show less ▴</source>
        <translation>Mostrar menos ▴</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Comparison table</source>
        <translation>Tabla de comparación</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message numerus="yes">
        <source>%n attribute(s) not documented for any of these models: </source>
        <translation>
            <numerusform>%n atributo no documentado para ninguno de estos modelos: </numerusform>
            <numerusform>%n atributos no documentados para ninguno de estos modelos: </numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>datos de %1</translation>
    </message>
    <message>
        <source>No source: not documented in this pack.</source>
        <translation>Sin fuente: no documentado en este paquete.</translation>
    </message>
    <message>
        <source>Does not apply to this model.</source>
        <translation>No se aplica a este modelo.</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Grupo: %1</translation>
    </message>
    <message>
        <source>%1, for all models: %2</source>
        <translation>%1, para todos los modelos: %2</translation>
    </message>
    <message>
        <source>For all models: %1</source>
        <translation>Para todos los modelos: %1</translation>
    </message>
    <message>
        <source>%1
Right-click to open it or remove it; drag to reorder.</source>
        <translation>%1
Haga clic con el botón derecho para abrirlo o quitarlo; arrástrelo para cambiar el orden.</translation>
    </message>
    <message>
        <source>%1 The models&apos; values differ on this attribute.</source>
        <translation>%1 Los valores de los modelos difieren en este atributo.</translation>
    </message>
    <message>
        <source>%1 Described in different words, with no value to compare: read the cells.</source>
        <translation>%1 Descrito con palabras distintas, sin un valor que comparar: lea las celdas.</translation>
    </message>
    <message>
        <source>%1 (values differ)</source>
        <translation>%1 (los valores difieren)</translation>
    </message>
    <message>
        <source>%1 (differs in wording)</source>
        <translation>%1 (difiere la redacción)</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Only Differences</source>
        <translation>Solo diferencias</translation>
    </message>
    <message>
        <source>Show only the attributes whose values differ</source>
        <translation>Mostrar solo los atributos cuyos valores difieren</translation>
    </message>
    <message>
        <source>Include Wording</source>
        <translation>Incluir redacción</translation>
    </message>
    <message>
        <source>With Only Differences, also show the attributes described in different words (~)</source>
        <translation>Con “Solo diferencias”, mostrar también los atributos descritos con palabras distintas (~)</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>Give the table the whole window, hiding the side panels</source>
        <translation>Dar toda la ventana a la tabla y ocultar los paneles laterales</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save this comparison by name</source>
        <translation>Guardar esta comparación con un nombre</translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation>Quitar columna</translation>
    </message>
    <message>
        <source>Remove the selected model from the comparison</source>
        <translation>Quitar de la comparación el modelo seleccionado</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exportar como PDF…</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Comparison tools</source>
        <translation>Herramientas de comparación</translation>
    </message>
    <message>
        <source>Export to Markdown, CSV or PDF (follows “Only differences”)</source>
        <translation>Exportar a Markdown, CSV o PDF (respeta “Solo diferencias”)</translation>
    </message>
    <message>
        <source>Comparison title</source>
        <translation>Título de la comparación</translation>
    </message>
    <message>
        <source>Sources of the selected cell</source>
        <translation>Fuentes de la celda seleccionada</translation>
    </message>
    <message>
        <source>Comparison messages</source>
        <translation>Mensajes de la comparación</translation>
    </message>
    <message>
        <source>How to start a comparison</source>
        <translation>Cómo iniciar una comparación</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Comparación: %1</translation>
    </message>
    <message>
        <source>This model is already in the comparison.</source>
        <translation>Este modelo ya está en la comparación.</translation>
    </message>
    <message>
        <source>A comparison holds at most %1 models; remove one first.</source>
        <translation>Una comparación admite como máximo %1 modelos; quite uno primero.</translation>
    </message>
    <message numerus="yes">
        <source>Left out, no longer in the installed packs: %n model(s).</source>
        <translation>
            <numerusform>Se omitió porque ya no está en los paquetes instalados: %n modelo.</numerusform>
            <numerusform>Se omitieron porque ya no están en los paquetes instalados: %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved comparison “%1” was deleted; the table stays here, unsaved.</source>
        <translation>Se eliminó la comparación guardada “%1”; la tabla permanece aquí, sin guardar.</translation>
    </message>
    <message>
        <source>Sources for “%1” — %2:</source>
        <translation>Fuentes de “%1” — %2:</translation>
    </message>
    <message>
        <source>“%1” — %2: no source is given for this value.</source>
        <translation>“%1” — %2: no se indica ninguna fuente para este valor.</translation>
    </message>
    <message>
        <source>“%1” — %2: not documented in this pack&apos;s sources.</source>
        <translation>“%1” — %2: no documentado en las fuentes de este paquete.</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Guardada como “%1”.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportada a %1</translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation>Guardar comparación</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exportar comparación</translation>
    </message>
    <message>
        <source>Click a cell to see its sources.</source>
        <translation>Haga clic en una celda para ver sus fuentes.</translation>
    </message>
    <message>
        <source>Compare two to six partnership models side by side.</source>
        <translation>Compare de dos a seis modelos de alianza en paralelo.</translation>
    </message>
    <message numerus="yes">
        <source>Models chosen so far: %n.</source>
        <translation>
            <numerusform>Modelos elegidos hasta ahora: %n.</numerusform>
            <numerusform>Modelos elegidos hasta ahora: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a model from the navigator (right-click it, then “Add to Comparison”) or with the “Add to Comparison” button in the reader.</source>
        <translation>Agregue un modelo desde el navegador (haga clic en él con el botón derecho y luego en “Agregar a la comparación”) o con el botón “Agregar a la comparación” del lector.</translation>
    </message>
    <message>
        <source>No differences: these models say the same for every attribute they document.</source>
        <translation>Sin diferencias: estos modelos dicen lo mismo en todos los atributos que documentan.</translation>
    </message>
    <message>
        <source>No differences in value (years, amounts, categories). “Include Wording” also shows attributes described in different words.</source>
        <translation>Sin diferencias de valor (años, montos, categorías). “Incluir redacción” también muestra los atributos descritos con palabras distintas.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this entry</source>
        <translation>Buscar en esta entrada</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Loading the saved versions…</source>
        <translation>Cargando las versiones guardadas…</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Estado del historial</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versiones guardadas</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Texto de la versión seleccionada</translation>
    </message>
    <message>
        <source>&amp;Restore this revision</source>
        <translation>&amp;Restaurar esta revisión</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Restaurar esta revisión</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved version(s). Select one to read it.</source>
        <translation>
            <numerusform>%n versión guardada. Selecciónela para leerla.</numerusform>
            <numerusform>%n versiones guardadas. Seleccione una para leerla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Could not read or restore the history: %1</source>
        <translation>No se pudo leer ni restaurar el historial: %1</translation>
    </message>
</context>
<context>
    <name>ImportLessonsDialog</name>
    <message>
        <source>Import Lessons from a Spreadsheet</source>
        <translation>Importar lecciones aprendidas desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Lesson text (required)</source>
        <translation>Texto de la lección (obligatorio)</translation>
    </message>
    <message>
        <source>Second text (e.g. the original excerpt)</source>
        <translation>Segundo texto (p. ej., el extracto original)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type (lesson or challenge)</source>
        <translation>Tipo (lección o desafío)</translation>
    </message>
    <message>
        <source>Code (appeal or operation)</source>
        <translation>Código (llamamiento u operación)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Id (keeps lessons and their notes across re-imports)</source>
        <translation>ID (mantiene las lecciones y sus notas de una importación a otra)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) export of lessons</source>
        <translation>Una exportación de lecciones aprendidas en CSV o Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Archivo de hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Cómo se leyó el archivo</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Orden de las fechas</translation>
    </message>
    <message>
        <source>As the column shows (ambiguous dates kept as written)</source>
        <translation>Como figura en la columna (las fechas ambiguas se conservan tal como están escritas)</translation>
    </message>
    <message>
        <source>Day first (31/12/2019)</source>
        <translation>Día primero (31/12/2019)</translation>
    </message>
    <message>
        <source>Month first (12/31/2019)</source>
        <translation>Mes primero (12/31/2019)</translation>
    </message>
    <message>
        <source>Date &amp;order</source>
        <translation>&amp;Orden de las fechas</translation>
    </message>
    <message>
        <source>Pack id</source>
        <translation>ID del paquete</translation>
    </message>
    <message>
        <source>&amp;Pack id</source>
        <translation>ID del &amp;paquete</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>&amp;Use the Suggested Columns</source>
        <translation>&amp;Usar las columnas sugeridas</translation>
    </message>
    <message>
        <source>Import &amp;anyway</source>
        <translation>Importar &amp;de todos modos</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Chec&amp;k Rows</source>
        <translation>&amp;Comprobar filas</translation>
    </message>
    <message>
        <source>Read every row and list what would be skipped or kept as written, without importing</source>
        <translation>Leer todas las filas y listar lo que se omitiría o se conservaría tal como está escrito, sin importar nada</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Show the Lessons</source>
        <translation>&amp;Mostrar las lecciones</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose a spreadsheet of lessons</source>
        <translation>Elegir una hoja de cálculo de lecciones aprendidas</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 · %2 rows with content, %3 blank rows ignored</source>
        <translation>%1 · %2 filas con contenido, %3 filas vacías ignoradas</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(sin usar)</translation>
    </message>
    <message>
        <source>Updates the pack &apos;%1&apos; imported before (version %2): lessons with the same id are updated in place and keep their notes; new ones are added.</source>
        <translation>Actualiza el paquete &apos;%1&apos; importado anteriormente (versión %2): las lecciones con el mismo ID se actualizan en su lugar y conservan sus notas; las nuevas se agregan.</translation>
    </message>
    <message>
        <source>Makes a new pack &apos;%1&apos;. Import next month&apos;s export under the same pack id to update it.</source>
        <translation>Crea un nuevo paquete &apos;%1&apos;. Para actualizarlo, importe la exportación del mes siguiente con el mismo ID de paquete.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>This mapping looks wrong: %1. Nothing will be imported unless you choose other columns or tick Import anyway.</source>
        <translation>Esta asignación de columnas parece incorrecta: %1. No se importará nada a menos que elija otras columnas o marque Importar de todos modos.</translation>
    </message>
    <message>
        <source>Problems to fix before importing</source>
        <translation>Problemas que deben corregirse antes de importar</translation>
    </message>
    <message>
        <source>Why these columns</source>
        <translation>Por qué estas columnas</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Comprobando todas las filas…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new, %3 updated, %4 unchanged, %5 skipped; %6 no longer in the file.</source>
        <translation>%1 filas leídas: %2 nuevas, %3 actualizadas, %4 sin cambios, %5 omitidas; %6 ya no están en el archivo.</translation>
    </message>
    <message>
        <source>Nothing imported: the mapping looks wrong. </source>
        <translation>No se importó nada: la asignación de columnas parece incorrecta. </translation>
    </message>
    <message>
        <source>Check only, nothing imported. </source>
        <translation>Solo comprobación, no se importó nada. </translation>
    </message>
    <message>
        <source>Imported into &apos;%1&apos; (version %2). </source>
        <translation>Se importó en &apos;%1&apos; (versión %2). </translation>
    </message>
    <message>
        <source>Nothing changed: &apos;%1&apos; already holds these lessons. </source>
        <translation>No hubo cambios: &apos;%1&apos; ya contiene estas lecciones. </translation>
    </message>
    <message>
        <source>No longer in the file, removed from the pack (notes on them are kept): %1</source>
        <translation>Ya no están en el archivo; se quitaron del paquete (sus notas se conservan): %1</translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation>Fusionado: %1</translation>
    </message>
    <message>
        <source>Skipped rows and values kept as written</source>
        <translation>Filas omitidas y valores conservados tal como están escritos</translation>
    </message>
    <message>
        <source>The pack &apos;%1&apos; is installed (version %2): its lessons are in search and in the navigator.</source>
        <translation>El paquete &apos;%1&apos; está instalado (versión %2): sus lecciones aparecen en la búsqueda y en el navegador.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sin importar</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>con observación</translation>
    </message>
    <message>
        <source>Row %1: %2 — %3</source>
        <translation>Fila %1: %2 — %3</translation>
    </message>
    <message>
        <source>%1 rows %2 (%3): %4</source>
        <translation>%1 filas %2 (%3): %4</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Cancelar la importación</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Partnership Atlas</source>
        <translation>Partnership Atlas</translation>
    </message>
    <message>
        <source>Reader, comparison or brief</source>
        <translation>Lector, comparación o dossier</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Buscar en todo (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Show Comparison</source>
        <translation>Mostrar la comparación</translation>
    </message>
    <message>
        <source>Show Reader</source>
        <translation>Mostrar el lector</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Import Lessons from Spreadsheet…</source>
        <translation>Importar lecciones desde una hoja de cálculo…</translation>
    </message>
    <message>
        <source>Install Content Pack…</source>
        <translation>Instalar paquete de contenido…</translation>
    </message>
    <message>
        <source>Export Notes…</source>
        <translation>Exportar notas…</translation>
    </message>
    <message>
        <source>Restore Notes from Backup…</source>
        <translation>Restaurar notas desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Sync Notes Now</source>
        <translation>Sincronizar las notas ahora</translation>
    </message>
    <message>
        <source>Sync Folder…</source>
        <translation>Carpeta de sincronización…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About Partnership Atlas</source>
        <translation>Acerca de Partnership Atlas</translation>
    </message>
    <message>
        <source>This note is in the Trash. Right-click it to restore it or delete it for good.</source>
        <translation>Esta nota está en la Papelera. Haga clic en ella con el botón derecho para restaurarla o eliminarla definitivamente.</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>No se pudo leer la vista general: %1</translation>
    </message>
    <message>
        <source>%1 — Partnership Atlas</source>
        <translation>%1 — Partnership Atlas</translation>
    </message>
    <message>
        <source>Save the comparison first (Ctrl+S), then add notes to its cells.</source>
        <translation>Primero guarde la comparación (Ctrl+S) y luego agregue notas a sus celdas.</translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation>¿Eliminar definitivamente?</translation>
    </message>
    <message>
        <source>This note and all its revisions will be deleted for good. This cannot be undone.</source>
        <translation>Esta nota y todas sus revisiones se eliminarán definitivamente. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete saved comparison?</source>
        <translation>¿Eliminar la comparación guardada?</translation>
    </message>
    <message>
        <source>The saved comparison will be deleted. Notes on it are kept.</source>
        <translation>Se eliminará la comparación guardada. Las notas sobre ella se conservan.</translation>
    </message>
    <message>
        <source>A note is not saved</source>
        <translation>Hay una nota sin guardar</translation>
    </message>
    <message>
        <source>The note you are writing could not be saved: %1

It is still in the editor. Keep the window open to try again once there is room (or copy the text somewhere safe), or close and lose the unsaved text.</source>
        <translation>No se pudo guardar la nota que está escribiendo: %1

Sigue en el editor. Mantenga la ventana abierta para volver a intentarlo cuando haya espacio (o copie el texto en un lugar seguro), o ciérrela y pierda el texto no guardado.</translation>
    </message>
    <message>
        <source>Partnership Atlas is already open: this is its window.</source>
        <translation>Partnership Atlas ya está abierto: esta es su ventana.</translation>
    </message>
    <message>
        <source>Partnership Atlas: an offline reference of Red Cross and Red Crescent partnership models, lessons learned and your own notes. It never connects to a network.</source>
        <translation>Partnership Atlas: una obra de referencia sin conexión sobre modelos de alianza de la Cruz Roja y de la Media Luna Roja, lecciones aprendidas y sus propias notas. Nunca se conecta a una red.</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Library navigator</source>
        <translation>Navegador de la biblioteca</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrar por %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Add to Comparison</source>
        <translation>Agregar a la comparación</translation>
    </message>
    <message>
        <source>Add to Brief</source>
        <translation>Agregar al dossier</translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation>Quitar marcador</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move the brief to the Trash</source>
        <translation>Mover el dossier a la Papelera</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Delete Forever…</source>
        <translation>Eliminar definitivamente…</translation>
    </message>
    <message>
        <source>Delete Saved Comparison…</source>
        <translation>Eliminar comparación guardada…</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Title (optional: the first line is used)</source>
        <translation>Título (opcional: se usa la primera línea)</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Título de la nota</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>Etiquetas de la nota</translation>
    </message>
    <message>
        <source>Highlighted passage</source>
        <translation>Pasaje resaltado</translation>
    </message>
    <message>
        <source>Keep This Text</source>
        <translation>Conservar este texto</translation>
    </message>
    <message>
        <source>This text is the one kept: the mark goes here and on your other devices</source>
        <translation>Este es el texto que se conserva: la marca desaparece aquí y en sus otros dispositivos</translation>
    </message>
    <message>
        <source>Note text (Markdown)</source>
        <translation>Texto de la nota (Markdown)</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list. Saved as you type.</source>
        <translation>Escriba en Markdown: # título, **negrita**, - lista. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Vista previa de la nota</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview or edit</source>
        <translation>Vista previa o edición</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <source>the last save did not finish</source>
        <translation>el último guardado no terminó</translation>
    </message>
    <message>
        <source>Highlight: %1</source>
        <translation>Resaltado: %1</translation>
    </message>
    <message>
        <source>Its entry is no longer in any installed pack; the note is kept.</source>
        <translation>Su entrada ya no está en ningún paquete instalado; la nota se conserva.</translation>
    </message>
    <message>
        <source>The entry&apos;s text changed and no longer holds this passage; the note and its quote are kept.</source>
        <translation>El texto de la entrada cambió y ya no contiene este pasaje; la nota y su cita se conservan.</translation>
    </message>
    <message>
        <source>Edited on two devices before they synced: this is the text edited last; the other is in its History. Keep this one, or restore the other from the History.</source>
        <translation>Modificada en dos dispositivos antes de sincronizarse: este es el texto modificado en último lugar; el otro está en su Historial. Conserve este o restablezca el otro desde el Historial.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Nothing written on this note yet.</source>
        <translation>Aún no hay nada escrito en esta nota.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Could not save: %1 (kept in the editor, retrying)</source>
        <translation>No se pudo guardar: %1 (se conserva en el editor; se vuelve a intentar)</translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message numerus="yes">
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n nota a %1</numerusform>
            <numerusform>Se exportaron %n notas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes not exported: %1</source>
        <translation>No se exportaron las notas: %1</translation>
    </message>
    <message>
        <source>Markdown: one file per note, in a folder</source>
        <translation>Markdown: un archivo por nota, en una carpeta</translation>
    </message>
    <message>
        <source>W3C Web Annotations: one JSON-LD file</source>
        <translation>W3C Web Annotations: un archivo JSON-LD</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Exportar notas</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Export notes into folder</source>
        <translation>Exportar notas a una carpeta</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld)</source>
        <translation>Web Annotations (*.jsonld)</translation>
    </message>
</context>
<context>
    <name>NotesKeeper</name>
    <message>
        <source>Your notes could not be backed up: %1</source>
        <translation>No se pudo hacer una copia de seguridad de sus notas: %1</translation>
    </message>
    <message>
        <source> What you had before is kept at %1.</source>
        <translation> Lo que tenía antes se conserva en %1.</translation>
    </message>
    <message>
        <source>The backup is restored.</source>
        <translation>Se restauró la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <source>Highlight</source>
        <translation>Resaltado</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Nota sin título</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Editada %1</translation>
    </message>
    <message>
        <source>Detached</source>
        <translation>Desvinculada</translation>
    </message>
    <message>
        <source>Passage not found</source>
        <translation>Pasaje no encontrado</translation>
    </message>
    <message>
        <source>Edited on two devices</source>
        <translation>Modificada en dos dispositivos</translation>
    </message>
    <message>
        <source>Passage: %1</source>
        <translation>Pasaje: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Detached: its entry is no longer in any installed pack. The note is kept.</source>
        <translation>Desvinculada: su entrada ya no está en ningún paquete instalado. La nota se conserva.</translation>
    </message>
    <message>
        <source>Passage not found: the entry&apos;s text changed and these words are no longer in it. The note and its quote are kept.</source>
        <translation>Pasaje no encontrado: el texto de la entrada cambió y estas palabras ya no figuran en él. La nota y su cita se conservan.</translation>
    </message>
    <message>
        <source>Edited on two devices before they synced: both texts are in its History.</source>
        <translation>Modificada en dos dispositivos antes de sincronizarse: ambos textos están en su Historial.</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes are attached to</source>
        <translation>Las notas están vinculadas a</translation>
    </message>
    <message>
        <source>Notes and highlights</source>
        <translation>Notas y resaltados</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Sin notas</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>&amp;Nueva nota</translation>
    </message>
    <message>
        <source>Write a new note</source>
        <translation>Escribir una nota nueva</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move the selected note to the Trash</source>
        <translation>Mover la nota seleccionada a la Papelera</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>Bring back the last note moved to the Trash</source>
        <translation>Recuperar la última nota movida a la Papelera</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Earlier versions of this note, to read or restore</source>
        <translation>Versiones anteriores de esta nota, para leerlas o restaurarlas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Show the note as formatted text (%1)</source>
        <translation>Mostrar la nota como texto con formato (%1)</translation>
    </message>
    <message>
        <source>Note actions</source>
        <translation>Acciones de notas</translation>
    </message>
    <message>
        <source>Notes on: %1</source>
        <translation>Notas sobre: %1</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Todas las notas</translation>
    </message>
    <message>
        <source>Notes not attached to an entry</source>
        <translation>Notas no vinculadas a una entrada</translation>
    </message>
    <message>
        <source>Add to Brief</source>
        <translation>Agregar al dossier</translation>
    </message>
    <message>
        <source>Your notes cannot be shown: %1</source>
        <translation>No se pueden mostrar sus notas: %1</translation>
    </message>
    <message>
        <source>Could not change the notes: %1</source>
        <translation>No se pudieron modificar las notas: %1</translation>
    </message>
    <message>
        <source>No notes on this entry yet. Press %1 to write one, or select text in the reader and press Ctrl+H to highlight it.</source>
        <translation>Aún no hay notas sobre esta entrada. Pulse %1 para escribir una, o seleccione texto en el lector y pulse Ctrl+H para resaltarlo.</translation>
    </message>
    <message>
        <source>No notes here yet. Press %1 to write one.</source>
        <translation>Aún no hay notas aquí. Pulse %1 para escribir una.</translation>
    </message>
</context>
<context>
    <name>PackInstall</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Installed “%1” %2 (%3).</source>
        <translation>Se instaló “%1” %2 (%3).</translation>
    </message>
    <message>
        <source>Updated “%1” from %4 to %2 (%3).</source>
        <translation>Se actualizó “%1” de %4 a %2 (%3).</translation>
    </message>
    <message>
        <source>Replaced “%1” %4 with the older version %2 (%3).</source>
        <translation>Se reemplazó “%1” %4 por la versión anterior %2 (%3).</translation>
    </message>
    <message>
        <source>Replaced “%1” %2 (%3).</source>
        <translation>Se reemplazó “%1” %2 (%3).</translation>
    </message>
    <message>
        <source>“%1” %2 is already installed with the same content; nothing changed.</source>
        <translation>“%1” %2 ya está instalado con el mismo contenido; no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) no longer found in the new text: kept, marked in your notes.</source>
        <translation>
            <numerusform>%n resaltado ya no se encuentra en el texto nuevo: se conserva y queda marcado en sus notas.</numerusform>
            <numerusform>%n resaltados ya no se encuentran en el texto nuevo: se conservan y quedan marcados en sus notas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n highlight(s) found in the new text.</source>
        <translation>
            <numerusform>Se encontró %n resaltado en el texto nuevo.</numerusform>
            <numerusform>Se encontraron los %n resaltados en el texto nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing installed from %1.</source>
        <translation>No se instaló nada desde %1.</translation>
    </message>
    <message>
        <source>Install content pack</source>
        <translation>Instalar paquete de contenido</translation>
    </message>
    <message>
        <source>Content packs (*.atlaspack *.zip)</source>
        <translation>Paquetes de contenido (*.atlaspack *.zip)</translation>
    </message>
    <message>
        <source>Replace the installed pack?</source>
        <translation>¿Reemplazar el paquete instalado?</translation>
    </message>
    <message>
        <source>Replace it with this file? Your notes on its entries are kept.</source>
        <translation>¿Desea reemplazarlo por este archivo? Las notas que tenga sobre sus entradas se conservan.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pack not installed</source>
        <translation>Paquete no instalado</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a valid content pack, so nothing was installed: %n problem(s).</source>
        <translation>
            <numerusform>%1 no es un paquete de contenido válido, así que no se instaló nada: %n problema.</numerusform>
            <numerusform>%1 no es un paquete de contenido válido, así que no se instaló nada: %n problemas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Reader</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Find in Page…</source>
        <translation>Buscar en la página…</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Agregar marcador</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Marcador agregado</translation>
    </message>
    <message>
        <source>Add to Comparison</source>
        <translation>Agregar a la comparación</translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>Copiar cita</translation>
    </message>
    <message>
        <source>Highlight Selection</source>
        <translation>Resaltar selección</translation>
    </message>
    <message>
        <source>Highlight with Note</source>
        <translation>Resaltar con nota</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Tamaño original</translation>
    </message>
    <message>
        <source>Add to Brief</source>
        <translation>Agregar al dossier</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Open in your browser?</source>
        <translation>¿Abrir en su navegador web?</translation>
    </message>
    <message>
        <source>This link leads outside Partnership Atlas:

%1

Open it in your web browser?</source>
        <translation>Este enlace lleva fuera de Partnership Atlas:

%1

¿Desea abrirlo en su navegador web?</translation>
    </message>
    <message>
        <source>This link was not opened: &apos;%1&apos; links are not allowed.</source>
        <translation>No se abrió este enlace: no se permiten los enlaces &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Select some text in the entry first, then highlight it.</source>
        <translation>Primero seleccione texto en la entrada y luego resáltelo.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore Notes from a Backup</source>
        <translation>Restaurar notas desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Partnership Atlas backs up your notes, bookmarks and comparisons when it starts and every 30 minutes while you work. Restoring a backup replaces them with the backup&apos;s; what you have now is kept beside it, never deleted.</source>
        <translation>Partnership Atlas hace una copia de seguridad de sus notas, marcadores y comparaciones al iniciarse y cada 30 minutos mientras usted trabaja. Restaurar una copia de seguridad los reemplaza por los de la copia; lo que tiene ahora se conserva junto a ella y nunca se elimina.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Restore status</source>
        <translation>Estado de la restauración</translation>
    </message>
    <message>
        <source>&amp;Restore This Backup</source>
        <translation>&amp;Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups yet: the first is made once you have written a note.</source>
        <translation>Todavía no hay copias de seguridad: la primera se hará cuando haya escrito una nota.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Historial de “%1”</translation>
    </message>
    <message>
        <source>Note history</source>
        <translation>Historial de la nota</translation>
    </message>
    <message>
        <source>Make this version the note&apos;s current text; the current text stays in the history.</source>
        <translation>Convertir esta versión en el texto actual de la nota; el texto actual se conserva en el historial.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>About these results</source>
        <translation>Acerca de estos resultados</translation>
    </message>
    <message>
        <source>Too many matches to rank while you type: showing the first ones found; add a word to rank them.</source>
        <translation>Demasiadas coincidencias para ordenarlas mientras escribe: se muestran las primeras encontradas; agregue una palabra para ordenarlas.</translation>
    </message>
    <message>
        <source>Show More Results</source>
        <translation>Mostrar más resultados</translation>
    </message>
    <message>
        <source>Show more search results</source>
        <translation>Mostrar más resultados de búsqueda</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Clear search filters</source>
        <translation>Borrar los filtros de búsqueda</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the navigator filters</source>
        <translation>Borrar los filtros del navegador</translation>
    </message>
    <message>
        <source>Only %1.</source>
        <translation>Solo %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Showing results for &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;literal&quot;&gt;Search instead for %2&lt;/a&gt;</source>
        <translation>Se muestran resultados para &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;literal&quot;&gt;Buscar en su lugar %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&quot;suggestion&quot;&gt;%1&lt;/a&gt;?</source>
        <translation>¿Quiso decir &lt;a href=&quot;suggestion&quot;&gt;%1&lt;/a&gt;?</translation>
    </message>
    <message>
        <source>No entry has all the words; showing the closest.</source>
        <translation>Ninguna entrada contiene todas las palabras; se muestran las más cercanas.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Error en la búsqueda: %1</translation>
    </message>
    <message>
        <source>Type to search models, lessons, questions, themes, sources, actors and your notes. Use &quot;quotes&quot; for a phrase, OR between words, -word to exclude, and kind:lesson to narrow.</source>
        <translation>Escriba para buscar modelos de alianza, lecciones aprendidas, preguntas, temas, fuentes, actores y sus notas. Use &quot;comillas&quot; para una frase, OR entre palabras, -palabra para excluir y kind:lesson para acotar.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>No hay resultados para “%1”.</translation>
    </message>
    <message>
        <source>Clear the filters to search everything.</source>
        <translation>Borre los filtros para buscar en todo.</translation>
    </message>
    <message>
        <source>Try fewer or shorter words, or end a word with * to match its beginning.</source>
        <translation>Pruebe con menos palabras o con palabras más cortas, o termine una palabra con * para buscar su comienzo.</translation>
    </message>
    <message>
        <source>Only %1: %2</source>
        <translation>Solo %1: %2</translation>
    </message>
    <message>
        <source>Filter %1 %2</source>
        <translation>Filtro %1 %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Move through the results</source>
        <translation>Desplazarse por los resultados</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Flecha arriba, Flecha abajo</translation>
    </message>
    <message>
        <source>Open the selected result</source>
        <translation>Abrir el resultado seleccionado</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Find in Page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <source>Next match, previous match</source>
        <translation>Coincidencia siguiente, coincidencia anterior</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Enter, Shift+Enter</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Ir</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>Atrás, Adelante</translation>
    </message>
    <message>
        <source>Mouse back and forward buttons</source>
        <translation>Botones Atrás y Adelante del mouse</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Show a long row in full, or cap it again</source>
        <translation>Mostrar una fila larga completa o volver a acortarla</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Barra espaciadora</translation>
    </message>
    <message>
        <source>Leave focus mode</source>
        <translation>Salir del modo de enfoque</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>StoreProblemBox</name>
    <message>
        <source>Your notes need attention</source>
        <translation>Sus notas requieren atención</translation>
    </message>
    <message>
        <source>Your notes file was damaged, so Partnership Atlas set it aside without changing it.</source>
        <translation>El archivo de sus notas estaba dañado, así que Partnership Atlas lo apartó sin modificarlo.</translation>
    </message>
    <message>
        <source>What went wrong: %1.</source>
        <translation>Qué falló: %1.</translation>
    </message>
    <message>
        <source>The damaged file is kept at %1.</source>
        <translation>El archivo dañado se conserva en %1.</translation>
    </message>
    <message>
        <source>The newest good backup was made %1.</source>
        <translation>Fecha de la copia de seguridad válida más reciente: %1.</translation>
    </message>
    <message>
        <source>Restore the Newest Backup</source>
        <translation>Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>Start with Empty Notes</source>
        <translation>Empezar con las notas vacías</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of Partnership Atlas; this version cannot use them.</source>
        <translation>Sus notas se guardaron con una versión más reciente de Partnership Atlas; esta versión no puede usarlas.</translation>
    </message>
    <message>
        <source>They are untouched. Open them with the newer version, or start a new notes file here: the newer file is then kept beside it.</source>
        <translation>No se han modificado. Ábralas con la versión más reciente o cree aquí un nuevo archivo de notas: el archivo más reciente se conservará junto a él.</translation>
    </message>
    <message>
        <source>Your notes file could not be opened; it was not changed.</source>
        <translation>No se pudo abrir el archivo de sus notas; no se modificó.</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Decidir más tarde</translation>
    </message>
</context>
<context>
    <name>SyncFolderDialog</name>
    <message>
        <source>Sync Notes Across Devices</source>
        <translation>Sincronizar las notas entre dispositivos</translation>
    </message>
    <message>
        <source>Choose a folder that a tool of yours keeps the same on each of your devices: a Syncthing or Nextcloud folder, a network share, or a USB stick you carry between them. Your notes, highlights, bookmarks and saved comparisons are written there and read from there when the window opens, every five minutes and with File &gt; Sync Notes Now. Partnership Atlas itself never connects to another computer.</source>
        <translation>Elija una carpeta que una herramienta suya mantenga igual en cada uno de sus dispositivos: una carpeta de Syncthing o Nextcloud, una carpeta de red compartida o una memoria USB que lleve de uno a otro. Sus notas, resaltados, marcadores y comparaciones guardadas se escriben y se leen allí al abrir la ventana, cada cinco minutos y con Archivo &gt; Sincronizar las notas ahora. Partnership Atlas nunca se conecta por sí mismo a otro ordenador.</translation>
    </message>
    <message>
        <source>No folder: notes stay on this device</source>
        <translation>Sin carpeta: las notas se quedan en este dispositivo</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Stop Syncing</source>
        <translation>Dejar de sincronizar</translation>
    </message>
    <message>
        <source>Choose the folder your devices share</source>
        <translation>Elegir la carpeta que comparten sus dispositivos</translation>
    </message>
</context>
<context>
    <name>SyncKeeper</name>
    <message>
        <source>Notes are no longer synced with other devices.</source>
        <translation>Las notas ya no se sincronizan con otros dispositivos.</translation>
    </message>
    <message>
        <source>Choose a folder your devices share first: File &gt; Sync Folder…</source>
        <translation>Elija primero una carpeta que compartan sus dispositivos: Archivo &gt; Carpeta de sincronización…</translation>
    </message>
    <message numerus="yes">
        <source>Notes synced, but %n file(s) wait: %1</source>
        <translation>
            <numerusform>Notas sincronizadas, pero %n archivo espera: %1</numerusform>
            <numerusform>Notas sincronizadas, pero %n archivos esperan: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes synced: %n note(s) were edited on two devices; both texts are kept and the notes are marked.</source>
        <translation>
            <numerusform>Notas sincronizadas: %n nota se modificó en dos dispositivos; se conservan ambos textos y la nota queda marcada.</numerusform>
            <numerusform>Notas sincronizadas: %n notas se modificaron en dos dispositivos; se conservan ambos textos y las notas quedan marcadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes synced: %n change(s) sent, %1 received.</source>
        <translation>
            <numerusform>Notas sincronizadas: %n cambio enviado, %1 recibidos.</numerusform>
            <numerusform>Notas sincronizadas: %n cambios enviados, %1 recibidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes could not be synced: %1</source>
        <translation>No se pudieron sincronizar las notas: %1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Partnership Atlas cannot start</source>
        <translation>Partnership Atlas no puede iniciarse</translation>
    </message>
    <message>
        <source>Partnership Atlas is already open</source>
        <translation>Partnership Atlas ya está abierto</translation>
    </message>
    <message>
        <source>Partnership Atlas is already open with this data folder (process %1) but did not come to the front. Switch to its window, or close it and start again.</source>
        <translation>Partnership Atlas ya está abierto con esta carpeta de datos (proceso %1), pero no pasó a primer plano. Cambie a su ventana, o ciérrelo y vuelva a iniciarlo.</translation>
    </message>
</context>
<context>
    <name>local_time</name>
    <message>
        <source>today %1</source>
        <translation>hoy, %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>ayer, %1</translation>
    </message>
</context>
</TS>
