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
        <source>cited for:</source>
        <translation>citada para:</translation>
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
        <source>Trash</source>
        <translation>Papelera</translation>
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
        <source>not documented in this pack&apos;s sources</source>
        <translation>no documentado en las fuentes de este paquete</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
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
        <source>Reader or comparison</source>
        <translation>Lector o comparación</translation>
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
        <source>Remove Bookmark</source>
        <translation>Quitar marcador</translation>
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
        <source>Make this version the note&apos;s current text; the current text stays in the history.</source>
        <translation>Convertir esta versión en el texto actual de la nota; el texto actual se conserva en el historial.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(sin texto)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved version(s). Select one to read it.</source>
        <translation>
            <numerusform>%n versión guardada. Selecciónela para leerla.</numerusform>
            <numerusform>%n versiones guardadas. Seleccione una para leerla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
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
