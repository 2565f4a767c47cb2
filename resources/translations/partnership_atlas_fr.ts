<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>%n note ajoutée</numerusform>
            <numerusform>%n notes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) changed</source>
        <translation>
            <numerusform>%n note modifiée</numerusform>
            <numerusform>%n notes modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) moved to the Trash</source>
        <translation>
            <numerusform>%n note placée dans la Corbeille</numerusform>
            <numerusform>%n notes placées dans la Corbeille</numerusform>
        </translation>
    </message>
    <message>
        <source>bookmarks changed</source>
        <translation>signets modifiés</translation>
    </message>
    <message numerus="yes">
        <source>%n saved comparison(s) changed</source>
        <translation>
            <numerusform>%n comparaison enregistrée modifiée</numerusform>
            <numerusform>%n comparaisons enregistrées modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) installed, updated or removed</source>
        <translation>
            <numerusform>%n module installé, mis à jour ou supprimé</numerusform>
            <numerusform>%n modules installés, mis à jour ou supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 outside the window.</source>
        <translation>Modifications faites hors de cette fenêtre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation>Fic&amp;he</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Comparaison</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Models compared:</source>
        <translation>Modèles comparés&#xa0;:</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Comparaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prepared on %1 with Partnership Atlas: %2.</source>
        <translation>Préparé le %1 avec Partnership Atlas&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) not documented for any of these models: %1.</source>
        <translation>
            <numerusform>%n attribut n’est documenté pour aucun de ces modèles&#xa0;: %1.</numerusform>
            <numerusform>%n attributs ne sont documentés pour aucun de ces modèles&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>For all models:</source>
        <translation>Pour tous les modèles&#xa0;:</translation>
    </message>
    <message>
        <source>Only the attributes whose values or wording differ are shown.</source>
        <translation>Seuls les attributs dont les valeurs ou la formulation diffèrent sont affichés.</translation>
    </message>
    <message>
        <source>Only the attributes whose values differ are shown.</source>
        <translation>Seuls les attributs dont les valeurs diffèrent sont affichés.</translation>
    </message>
    <message>
        <source>No differences: no attribute has different values for these models.</source>
        <translation>Aucune différence&#xa0;: aucun attribut n’a de valeurs différentes pour ces modèles.</translation>
    </message>
    <message>
        <source>≠ marks rows whose values differ (years, amounts, categories).</source>
        <translation>≠ signale les lignes dont les valeurs diffèrent (années, montants, catégories).</translation>
    </message>
    <message>
        <source>~ marks rows described in different words, with no value to compare.</source>
        <translation>~ signale les lignes décrites en des termes différents, sans valeur à comparer.</translation>
    </message>
    <message>
        <source>Numbers in brackets refer to the sources below.</source>
        <translation>Les numéros entre crochets renvoient aux sources ci-dessous.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>cited for:</source>
        <translation>citée pour&#xa0;:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove from Comparison</source>
        <translation>Retirer de la comparaison</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Déplacer vers la gauche</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Déplacer vers la droite</translation>
    </message>
    <message>
        <source>Show Source</source>
        <translation>Afficher la source</translation>
    </message>
    <message>
        <source>Add Note to This Cell…</source>
        <translation>Ajouter une note à cette cellule…</translation>
    </message>
    <message>
        <source>Sort Models by “%1”</source>
        <translation>Trier les modèles par “%1”</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles de partenariat</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Questions directrices</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Comparaisons enregistrées</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>(detached)</source>
        <translation>(détachée)</translation>
    </message>
    <message>
        <source>Tick to add to the comparison (2 to 6 models).</source>
        <translation>Cochez pour ajouter à la comparaison (de 2 à 6 modèles).</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle de partenariat</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Partnership models</source>
        <translation>Modèles de partenariat</translation>
    </message>
    <message>
        <source>not documented in this pack&apos;s sources</source>
        <translation>non documenté dans les sources de ce module</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Second text</source>
        <translation>Second texte</translation>
    </message>
    <message>
        <source>Drawn from this lesson; not itself a finding of its sources.</source>
        <translation>Tiré de cet enseignement&#xa0;; ne constitue pas en soi une conclusion de ses sources.</translation>
    </message>
    <message>
        <source>Practical advice</source>
        <translation>Conseil pratique</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Not yet in %1: shown in %2.</source>
        <translation>Pas encore en %1&#xa0;: affiché en %2.</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>Aussi en</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>enseignement</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>défi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Aléa</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Conditions préalables</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Voir aussi</translation>
    </message>
    <message>
        <source>Partnership Atlas</source>
        <translation>Partnership Atlas</translation>
    </message>
    <message>
        <source>An offline reference of partnership models between donors and the Red Cross and Red Crescent Movement, the lessons learned about them, and your own notes.</source>
        <translation>Un ouvrage de référence hors ligne sur les modèles de partenariat entre les bailleurs de fonds et le Mouvement international de la Croix-Rouge et du Croissant-Rouge, les enseignements tirés de ces partenariats et vos propres notes.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation>Ce qui a changé dans cette version</translation>
    </message>
    <message>
        <source>The library also holds %1 lessons, %2 guiding questions, %3 themes, %4 sources and %5 actors.</source>
        <translation>La bibliothèque contient également %1 enseignements, %2 questions directrices, %3 thèmes, %4 sources et %5 acteurs.</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>Mode d’emploi</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>type words; results appear as you type. Use &quot;quotes&quot; for a phrase, OR between words, -word to leave a word out, part* for word beginnings, and kind:lesson, theme:independence or year:1999 to narrow. Arrow keys move, Enter opens.</source>
        <translation>saisissez des mots&#xa0;; les résultats s’affichent au fil de la saisie. Utilisez des &quot;guillemets&quot; pour une expression exacte, OR entre des mots, -mot pour exclure un mot, début* pour un début de mot, et kind:lesson, theme:independence ou year:1999 pour affiner. Les touches fléchées déplacent la sélection, Enter ouvre le résultat.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>click any link to follow it; Alt+Left and Alt+Right go back and forward; Ctrl+F finds words in the page; Ctrl+D bookmarks the entry.</source>
        <translation>cliquez sur un lien pour le suivre&#xa0;; Alt+Left et Alt+Right permettent de revenir en arrière et d’avancer&#xa0;; Ctrl+F recherche des mots dans la page&#xa0;; Ctrl+D ajoute un signet à la fiche.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>tick two to six models in the navigator, or press &quot;Add to Comparison&quot; on a model. Rows that differ are marked ≠; save a comparison by name or export it to Markdown, CSV or PDF.</source>
        <translation>cochez de deux à six modèles dans le navigateur, ou appuyez sur &quot;Ajouter à la comparaison&quot; sur un modèle. Les lignes qui diffèrent sont marquées ≠&#xa0;; enregistrez une comparaison sous un nom ou exportez-la en Markdown, CSV ou PDF.</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annoter</translation>
    </message>
    <message>
        <source>Ctrl+N writes a note on the open entry; select text and press Ctrl+H to highlight it with a note. Notes save themselves as you type and keep every revision; deleted notes wait in the Trash.</source>
        <translation>Ctrl+N crée une note sur la fiche ouverte&#xa0;; sélectionnez du texte et appuyez sur Ctrl+H pour le surligner avec une note. Les notes s’enregistrent automatiquement pendant la saisie et conservent toutes leurs révisions&#xa0;; les notes supprimées restent dans la Corbeille.</translation>
    </message>
    <message>
        <source>Everything stays on this computer: Partnership Atlas never connects to the internet.</source>
        <translation>Tout reste sur cet ordinateur&#xa0;: Partnership Atlas ne se connecte jamais à Internet.</translation>
    </message>
    <message>
        <source>What changed in version %2 of %1</source>
        <translation>Nouveautés de la version %2 de %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <source>Partnership Atlas will be in %1 from its next start. Restart now? Your notes are saved.</source>
        <translation>Partnership Atlas sera en %1 à son prochain démarrage. Redémarrer maintenant&#xa0;? Vos notes sont enregistrées.</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>Show all ▾</source>
        <translation>Tout afficher ▾</translation>
    </message>
    <message>
        <source>Show less ▴</source>
        <translation>Afficher moins ▴</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Comparison table</source>
        <translation>Tableau de comparaison</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message numerus="yes">
        <source>%n attribute(s) not documented for any of these models: </source>
        <translation>
            <numerusform>%n attribut n’est documenté pour aucun de ces modèles&#xa0;: </numerusform>
            <numerusform>%n attributs ne sont documentés pour aucun de ces modèles&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>au plus tard en %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>avant %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>not documented in this pack&apos;s sources</source>
        <translation>non documenté dans les sources de ce module</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>No source: not documented in this pack.</source>
        <translation>Aucune source&#xa0;: non documenté dans ce module.</translation>
    </message>
    <message>
        <source>Does not apply to this model.</source>
        <translation>Ne s’applique pas à ce modèle.</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, for all models: %2</source>
        <translation>%1, pour tous les modèles&#xa0;: %2</translation>
    </message>
    <message>
        <source>For all models: %1</source>
        <translation>Pour tous les modèles&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
Right-click to open it or remove it; drag to reorder.</source>
        <translation>%1
Cliquez avec le bouton droit pour l’ouvrir ou le retirer&#xa0;; faites-le glisser pour changer l’ordre.</translation>
    </message>
    <message>
        <source>%1 The models&apos; values differ on this attribute.</source>
        <translation>%1 Les valeurs des modèles diffèrent pour cet attribut.</translation>
    </message>
    <message>
        <source>%1 Described in different words, with no value to compare: read the cells.</source>
        <translation>%1 Décrit en des termes différents, sans valeur à comparer&#xa0;: lisez les cellules.</translation>
    </message>
    <message>
        <source>%1 (values differ)</source>
        <translation>%1 (valeurs différentes)</translation>
    </message>
    <message>
        <source>%1 (differs in wording)</source>
        <translation>%1 (formulation différente)</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Only Differences</source>
        <translation>Différences seulement</translation>
    </message>
    <message>
        <source>Show only the attributes whose values differ</source>
        <translation>Afficher uniquement les attributs dont les valeurs diffèrent</translation>
    </message>
    <message>
        <source>Include Wording</source>
        <translation>Inclure la formulation</translation>
    </message>
    <message>
        <source>With Only Differences, also show the attributes described in different words (~)</source>
        <translation>Avec “Différences seulement”, afficher aussi les attributs décrits en des termes différents (~)</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Mode focus</translation>
    </message>
    <message>
        <source>Give the table the whole window, hiding the side panels</source>
        <translation>Donner toute la fenêtre au tableau en masquant les panneaux latéraux</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save this comparison by name</source>
        <translation>Enregistrer cette comparaison sous un nom</translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation>Retirer la colonne</translation>
    </message>
    <message>
        <source>Remove the selected model from the comparison</source>
        <translation>Retirer de la comparaison le modèle sélectionné</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Comparison tools</source>
        <translation>Outils de comparaison</translation>
    </message>
    <message>
        <source>Export to Markdown, CSV or PDF (follows “Only differences”)</source>
        <translation>Exporter en Markdown, CSV ou PDF (respecte “Différences seulement”)</translation>
    </message>
    <message>
        <source>Comparison title</source>
        <translation>Titre de la comparaison</translation>
    </message>
    <message>
        <source>Sources of the selected cell</source>
        <translation>Sources de la cellule sélectionnée</translation>
    </message>
    <message>
        <source>Comparison messages</source>
        <translation>Messages de la comparaison</translation>
    </message>
    <message>
        <source>How to start a comparison</source>
        <translation>Comment démarrer une comparaison</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Comparaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>This model is already in the comparison.</source>
        <translation>Ce modèle figure déjà dans la comparaison.</translation>
    </message>
    <message>
        <source>A comparison holds at most %1 models; remove one first.</source>
        <translation>Une comparaison contient au maximum %1 modèles&#xa0;; retirez-en un d’abord.</translation>
    </message>
    <message numerus="yes">
        <source>Left out, no longer in the installed packs: %n model(s).</source>
        <translation>
            <numerusform>Écarté car absent des modules installés&#xa0;: %n modèle.</numerusform>
            <numerusform>Écartés car absents des modules installés&#xa0;: %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved comparison “%1” was deleted; the table stays here, unsaved.</source>
        <translation>La comparaison enregistrée “%1” a été supprimée&#xa0;; le tableau reste affiché ici, non enregistré.</translation>
    </message>
    <message>
        <source>Sources for “%1” — %2:</source>
        <translation>Sources pour “%1” — %2&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” — %2: no source is given for this value.</source>
        <translation>“%1” — %2&#xa0;: aucune source n’est indiquée pour cette valeur.</translation>
    </message>
    <message>
        <source>“%1” — %2: not documented in this pack&apos;s sources.</source>
        <translation>“%1” — %2&#xa0;: non documenté dans les sources de ce module.</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Enregistrée sous “%1”.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Exportation impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportée vers %1</translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation>Enregistrer la comparaison</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
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
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Click a cell to see its sources.</source>
        <translation>Cliquez sur une cellule pour voir ses sources.</translation>
    </message>
    <message>
        <source>Compare two to six partnership models side by side.</source>
        <translation>Comparez côte à côte de deux à six modèles de partenariat.</translation>
    </message>
    <message numerus="yes">
        <source>Models chosen so far: %n.</source>
        <translation>
            <numerusform>Modèle choisi jusqu’ici&#xa0;: %n.</numerusform>
            <numerusform>Modèles choisis jusqu’ici&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a model from the navigator (right-click it, then “Add to Comparison”) or with the “Add to Comparison” button in the reader.</source>
        <translation>Ajoutez un modèle depuis le navigateur (cliquez dessus avec le bouton droit, puis sur “Ajouter à la comparaison”) ou avec le bouton “Ajouter à la comparaison” du lecteur.</translation>
    </message>
    <message>
        <source>No differences: these models say the same for every attribute they document.</source>
        <translation>Aucune différence&#xa0;: ces modèles indiquent la même chose pour chaque attribut qu’ils documentent.</translation>
    </message>
    <message>
        <source>No differences in value (years, amounts, categories). “Include Wording” also shows attributes described in different words.</source>
        <translation>Aucune différence de valeur (années, montants, catégories). “Inclure la formulation” affiche aussi les attributs décrits en des termes différents.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this entry</source>
        <translation>Rechercher dans cette fiche</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Correspondance précédente (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Correspondance suivante (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLessonsDialog</name>
    <message>
        <source>Import Lessons from a Spreadsheet</source>
        <translation>Importer des enseignements depuis une feuille de calcul</translation>
    </message>
    <message>
        <source>Lesson text (required)</source>
        <translation>Texte de l’enseignement (obligatoire)</translation>
    </message>
    <message>
        <source>Second text (e.g. the original excerpt)</source>
        <translation>Second texte (p. ex. l’extrait original)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type (lesson or challenge)</source>
        <translation>Type (enseignement ou défi)</translation>
    </message>
    <message>
        <source>Code (appeal or operation)</source>
        <translation>Code (appel d’urgence ou opération)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Aléa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Id (keeps lessons and their notes across re-imports)</source>
        <translation>Identifiant (conserve les enseignements et leurs notes d’une importation à l’autre)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) export of lessons</source>
        <translation>Un export d’enseignements au format CSV ou Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Feuille de calcul</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Contenu de chaque colonne</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Ordre des dates</translation>
    </message>
    <message>
        <source>As the column shows (ambiguous dates kept as written)</source>
        <translation>Comme dans la colonne (dates ambiguës conservées telles qu’écrites)</translation>
    </message>
    <message>
        <source>Day first (31/12/2019)</source>
        <translation>Jour d’abord (31/12/2019)</translation>
    </message>
    <message>
        <source>Month first (12/31/2019)</source>
        <translation>Mois d’abord (12/31/2019)</translation>
    </message>
    <message>
        <source>Date &amp;order</source>
        <translation>&amp;Ordre des dates</translation>
    </message>
    <message>
        <source>Pack id</source>
        <translation>Identifiant du module</translation>
    </message>
    <message>
        <source>&amp;Pack id</source>
        <translation>Identifiant du &amp;module</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>&amp;Use the Suggested Columns</source>
        <translation>&amp;Utiliser les colonnes suggérées</translation>
    </message>
    <message>
        <source>Import &amp;anyway</source>
        <translation>Importer &amp;quand même</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes détectés</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’importation</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <source>Chec&amp;k Rows</source>
        <translation>&amp;Vérifier les lignes</translation>
    </message>
    <message>
        <source>Read every row and list what would be skipped or kept as written, without importing</source>
        <translation>Lire toutes les lignes et lister ce qui serait ignoré ou conservé tel quel, sans rien importer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Show the Lessons</source>
        <translation>&amp;Afficher les enseignements</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose a spreadsheet of lessons</source>
        <translation>Choisir une feuille de calcul d’enseignements</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 · %2 rows with content, %3 blank rows ignored</source>
        <translation>%1 · %2 lignes avec contenu, %3 lignes vides ignorées</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(non utilisé)</translation>
    </message>
    <message>
        <source>Updates the pack &apos;%1&apos; imported before (version %2): lessons with the same id are updated in place and keep their notes; new ones are added.</source>
        <translation>Met à jour le module &apos;%1&apos; déjà importé (version %2)&#xa0;: les enseignements ayant le même identifiant sont mis à jour sur place et conservent leurs notes&#xa0;; les nouveaux sont ajoutés.</translation>
    </message>
    <message>
        <source>Makes a new pack &apos;%1&apos;. Import next month&apos;s export under the same pack id to update it.</source>
        <translation>Crée un nouveau module &apos;%1&apos;. Pour le mettre à jour, importez l’export du mois suivant sous le même identifiant de module.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>This mapping looks wrong: %1. Nothing will be imported unless you choose other columns or tick Import anyway.</source>
        <translation>Cette correspondance des colonnes semble incorrecte&#xa0;: %1. Rien ne sera importé, sauf si vous choisissez d’autres colonnes ou cochez Importer quand même.</translation>
    </message>
    <message>
        <source>Problems to fix before importing</source>
        <translation>Problèmes à corriger avant l’importation</translation>
    </message>
    <message>
        <source>Why these columns</source>
        <translation>Pourquoi ces colonnes</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de toutes les lignes…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new, %3 updated, %4 unchanged, %5 skipped; %6 no longer in the file.</source>
        <translation>%1 lignes lues&#xa0;: %2 nouvelles, %3 mises à jour, %4 inchangées, %5 ignorées&#xa0;; %6 ne figurent plus dans le fichier.</translation>
    </message>
    <message>
        <source>Nothing imported: the mapping looks wrong. </source>
        <translation>Rien n’a été importé&#xa0;: la correspondance des colonnes semble incorrecte. </translation>
    </message>
    <message>
        <source>Check only, nothing imported. </source>
        <translation>Vérification seule, rien n’a été importé. </translation>
    </message>
    <message>
        <source>Imported into &apos;%1&apos; (version %2). </source>
        <translation>Importé dans &apos;%1&apos; (version %2). </translation>
    </message>
    <message>
        <source>Nothing changed: &apos;%1&apos; already holds these lessons. </source>
        <translation>Aucun changement&#xa0;: &apos;%1&apos; contient déjà ces enseignements. </translation>
    </message>
    <message>
        <source>No longer in the file, removed from the pack (notes on them are kept): %1</source>
        <translation>Ne figurent plus dans le fichier, retirés du module (leurs notes sont conservées)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation>Fusion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skipped rows and values kept as written</source>
        <translation>Lignes ignorées et valeurs conservées telles quelles</translation>
    </message>
    <message>
        <source>The pack &apos;%1&apos; is installed (version %2): its lessons are in search and in the navigator.</source>
        <translation>Le module &apos;%1&apos; est installé (version %2)&#xa0;: ses enseignements figurent dans la recherche et dans le navigateur.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservée</translation>
    </message>
    <message>
        <source>Row %1: %2 — %3</source>
        <translation>Ligne %1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>%1 rows %2 (%3): %4</source>
        <translation>%1 lignes, chacune %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Annuler l’importation</translation>
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
        <translation>Lecteur ou comparaison</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Rechercher partout (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Show Comparison</source>
        <translation>Afficher la comparaison</translation>
    </message>
    <message>
        <source>Show Reader</source>
        <translation>Afficher le lecteur</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Import Lessons from Spreadsheet…</source>
        <translation>Importer des enseignements depuis une feuille de calcul…</translation>
    </message>
    <message>
        <source>Install Content Pack…</source>
        <translation>Installer un module de contenu…</translation>
    </message>
    <message>
        <source>Export Notes…</source>
        <translation>Exporter les notes…</translation>
    </message>
    <message>
        <source>Restore Notes from Backup…</source>
        <translation>Restaurer les notes depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Partnership Atlas</source>
        <translation>À propos de Partnership Atlas</translation>
    </message>
    <message>
        <source>This note is in the Trash. Right-click it to restore it or delete it for good.</source>
        <translation>Cette note est dans la Corbeille. Cliquez dessus avec le bouton droit pour la restaurer ou la supprimer définitivement.</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>Impossible de lire la vue d’ensemble&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — Partnership Atlas</source>
        <translation>%1 — Partnership Atlas</translation>
    </message>
    <message>
        <source>Save the comparison first (Ctrl+S), then add notes to its cells.</source>
        <translation>Enregistrez d’abord la comparaison (Ctrl+S), puis ajoutez des notes à ses cellules.</translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation>Supprimer définitivement&#xa0;?</translation>
    </message>
    <message>
        <source>This note and all its revisions will be deleted for good. This cannot be undone.</source>
        <translation>Cette note et toutes ses révisions seront définitivement supprimées. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete saved comparison?</source>
        <translation>Supprimer la comparaison enregistrée&#xa0;?</translation>
    </message>
    <message>
        <source>The saved comparison will be deleted. Notes on it are kept.</source>
        <translation>La comparaison enregistrée sera supprimée. Les notes qui s’y rapportent sont conservées.</translation>
    </message>
    <message>
        <source>A note is not saved</source>
        <translation>Une note n’est pas enregistrée</translation>
    </message>
    <message>
        <source>The note you are writing could not be saved: %1

It is still in the editor. Keep the window open to try again once there is room (or copy the text somewhere safe), or close and lose the unsaved text.</source>
        <translation>La note que vous rédigez n’a pas pu être enregistrée&#xa0;: %1

Elle se trouve toujours dans l’éditeur. Laissez la fenêtre ouverte pour réessayer une fois de l’espace libéré (ou copiez le texte en lieu sûr), ou fermez-la et perdez le texte non enregistré.</translation>
    </message>
    <message>
        <source>Partnership Atlas is already open: this is its window.</source>
        <translation>Partnership Atlas est déjà ouvert&#xa0;: voici sa fenêtre.</translation>
    </message>
    <message>
        <source>Partnership Atlas: an offline reference of Red Cross and Red Crescent partnership models, lessons learned and your own notes. It never connects to a network.</source>
        <translation>Partnership Atlas&#xa0;: un ouvrage de référence hors ligne sur les modèles de partenariat de la Croix-Rouge et du Croissant-Rouge, les enseignements tirés et vos propres notes. Il ne se connecte jamais à un réseau.</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Aléa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Library navigator</source>
        <translation>Navigateur de la bibliothèque</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Add to Comparison</source>
        <translation>Ajouter à la comparaison</translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation>Retirer le signet</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Delete Forever…</source>
        <translation>Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Delete Saved Comparison…</source>
        <translation>Supprimer la comparaison enregistrée…</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Title (optional: the first line is used)</source>
        <translation>Titre (facultatif&#xa0;: la première ligne est utilisée)</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Titre de la note</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Note tags</source>
        <translation>Étiquettes de la note</translation>
    </message>
    <message>
        <source>Highlighted passage</source>
        <translation>Passage surligné</translation>
    </message>
    <message>
        <source>Note text (Markdown)</source>
        <translation>Texte de la note (Markdown)</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list. Saved as you type.</source>
        <translation>Rédigez en Markdown&#xa0;: # titre, **gras**, - liste. Enregistrement automatique pendant la saisie.</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Aperçu de la note</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview or edit</source>
        <translation>Aperçu ou modification</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>the last save did not finish</source>
        <translation>le dernier enregistrement n’a pas abouti</translation>
    </message>
    <message>
        <source>Highlight: %1</source>
        <translation>Surlignage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Its entry is no longer in any installed pack; the note is kept.</source>
        <translation>Sa fiche ne figure plus dans aucun module installé&#xa0;; la note est conservée.</translation>
    </message>
    <message>
        <source>The entry&apos;s text changed and no longer holds this passage; the note and its quote are kept.</source>
        <translation>Le texte de la fiche a changé et ne contient plus ce passage&#xa0;; la note et sa citation sont conservées.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Nothing written on this note yet.</source>
        <translation>Rien n’a encore été écrit dans cette note.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Could not save: %1 (kept in the editor, retrying)</source>
        <translation>Enregistrement impossible&#xa0;: %1 (conservé dans l’éditeur, nouvelle tentative en cours)</translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message numerus="yes">
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>%n note exportée vers %1</numerusform>
            <numerusform>%n notes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes not exported: %1</source>
        <translation>Notes non exportées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Markdown: one file per note, in a folder</source>
        <translation>Markdown&#xa0;: un fichier par note, dans un dossier</translation>
    </message>
    <message>
        <source>W3C Web Annotations: one JSON-LD file</source>
        <translation>W3C Web Annotations&#xa0;: un fichier JSON-LD</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Export notes into folder</source>
        <translation>Exporter les notes dans un dossier</translation>
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
        <translation>Impossible de sauvegarder vos notes&#xa0;: %1</translation>
    </message>
    <message>
        <source> What you had before is kept at %1.</source>
        <translation> Vos données précédentes sont conservées sous %1.</translation>
    </message>
    <message>
        <source>The backup is restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <source>Highlight</source>
        <translation>Surlignage</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Note sans titre</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Detached</source>
        <translation>Détachée</translation>
    </message>
    <message>
        <source>Passage not found</source>
        <translation>Passage introuvable</translation>
    </message>
    <message>
        <source>Passage: %1</source>
        <translation>Passage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Detached: its entry is no longer in any installed pack. The note is kept.</source>
        <translation>Détachée&#xa0;: sa fiche ne figure plus dans aucun module installé. La note est conservée.</translation>
    </message>
    <message>
        <source>Passage not found: the entry&apos;s text changed and these words are no longer in it. The note and its quote are kept.</source>
        <translation>Passage introuvable&#xa0;: le texte de la fiche a changé et ne contient plus ces mots. La note et sa citation sont conservées.</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes are attached to</source>
        <translation>Notes rattachées à</translation>
    </message>
    <message>
        <source>Notes and highlights</source>
        <translation>Notes et surlignages</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Aucune note</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <source>Write a new note</source>
        <translation>Rédiger une nouvelle note</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move the selected note to the Trash</source>
        <translation>Placer la note sélectionnée dans la Corbeille</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>Bring back the last note moved to the Trash</source>
        <translation>Récupérer la dernière note placée dans la Corbeille</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Earlier versions of this note, to read or restore</source>
        <translation>Versions antérieures de cette note, à consulter ou à restaurer</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Show the note as formatted text (%1)</source>
        <translation>Afficher la note sous forme de texte mis en forme (%1)</translation>
    </message>
    <message>
        <source>Note actions</source>
        <translation>Actions sur les notes</translation>
    </message>
    <message>
        <source>Notes on: %1</source>
        <translation>Notes sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Notes not attached to an entry</source>
        <translation>Notes non rattachées à une fiche</translation>
    </message>
    <message>
        <source>Your notes cannot be shown: %1</source>
        <translation>Impossible d’afficher vos notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not change the notes: %1</source>
        <translation>Impossible de modifier les notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>No notes on this entry yet. Press %1 to write one, or select text in the reader and press Ctrl+H to highlight it.</source>
        <translation>Aucune note sur cette fiche pour l’instant. Appuyez sur %1 pour en rédiger une, ou sélectionnez du texte dans le lecteur et appuyez sur Ctrl+H pour le surligner.</translation>
    </message>
    <message>
        <source>No notes here yet. Press %1 to write one.</source>
        <translation>Aucune note ici pour l’instant. Appuyez sur %1 pour en rédiger une.</translation>
    </message>
</context>
<context>
    <name>PackInstall</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Installed “%1” %2 (%3).</source>
        <translation>Module “%1” %2 installé (%3).</translation>
    </message>
    <message>
        <source>Updated “%1” from %4 to %2 (%3).</source>
        <translation>Module “%1” mis à jour de %4 à %2 (%3).</translation>
    </message>
    <message>
        <source>Replaced “%1” %4 with the older version %2 (%3).</source>
        <translation>Module “%1” %4 remplacé par la version antérieure %2 (%3).</translation>
    </message>
    <message>
        <source>Replaced “%1” %2 (%3).</source>
        <translation>Module “%1” %2 remplacé (%3).</translation>
    </message>
    <message>
        <source>“%1” %2 is already installed with the same content; nothing changed.</source>
        <translation>Le module “%1” %2 est déjà installé avec le même contenu&#xa0;; rien n’a changé.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) no longer found in the new text: kept, marked in your notes.</source>
        <translation>
            <numerusform>%n surlignage ne figure plus dans le nouveau texte&#xa0;: il est conservé et signalé dans vos notes.</numerusform>
            <numerusform>%n surlignages ne figurent plus dans le nouveau texte&#xa0;: ils sont conservés et signalés dans vos notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n highlight(s) found in the new text.</source>
        <translation>
            <numerusform>%n surlignage retrouvé dans le nouveau texte.</numerusform>
            <numerusform>Les %n surlignages ont tous été retrouvés dans le nouveau texte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing installed from %1.</source>
        <translation>Rien n’a été installé depuis %1.</translation>
    </message>
    <message>
        <source>Install content pack</source>
        <translation>Installer un module de contenu</translation>
    </message>
    <message>
        <source>Content packs (*.atlaspack *.zip)</source>
        <translation>Modules de contenu (*.atlaspack *.zip)</translation>
    </message>
    <message>
        <source>Replace the installed pack?</source>
        <translation>Remplacer le module installé&#xa0;?</translation>
    </message>
    <message>
        <source>Replace it with this file? Your notes on its entries are kept.</source>
        <translation>Le remplacer par ce fichier&#xa0;? Vos notes sur ses fiches sont conservées.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pack not installed</source>
        <translation>Module non installé</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a valid content pack, so nothing was installed: %n problem(s).</source>
        <translation>
            <numerusform>%1 n’est pas un module de contenu valide&#xa0;; rien n’a été installé&#xa0;: %n problème.</numerusform>
            <numerusform>%1 n’est pas un module de contenu valide&#xa0;; rien n’a été installé&#xa0;: %n problèmes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find in Page…</source>
        <translation>Rechercher dans la page…</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Ajouter un signet</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Signet ajouté</translation>
    </message>
    <message>
        <source>Add to Comparison</source>
        <translation>Ajouter à la comparaison</translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>Copier la référence</translation>
    </message>
    <message>
        <source>Highlight Selection</source>
        <translation>Surligner la sélection</translation>
    </message>
    <message>
        <source>Highlight with Note</source>
        <translation>Surligner avec une note</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Agrandir le texte</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Réduire le texte</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Open in your browser?</source>
        <translation>Ouvrir dans votre navigateur web&#xa0;?</translation>
    </message>
    <message>
        <source>This link leads outside Partnership Atlas:

%1

Open it in your web browser?</source>
        <translation>Ce lien mène hors de Partnership Atlas&#xa0;:

%1

L’ouvrir dans votre navigateur web&#xa0;?</translation>
    </message>
    <message>
        <source>This link was not opened: &apos;%1&apos; links are not allowed.</source>
        <translation>Ce lien n’a pas été ouvert&#xa0;: les liens &apos;%1&apos; ne sont pas autorisés.</translation>
    </message>
    <message>
        <source>Select some text in the entry first, then highlight it.</source>
        <translation>Sélectionnez d’abord du texte dans la fiche, puis surlignez-le.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore Notes from a Backup</source>
        <translation>Restaurer les notes depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Partnership Atlas backs up your notes, bookmarks and comparisons when it starts and every 30 minutes while you work. Restoring a backup replaces them with the backup&apos;s; what you have now is kept beside it, never deleted.</source>
        <translation>Partnership Atlas sauvegarde vos notes, signets et comparaisons à chaque démarrage, puis toutes les 30 minutes pendant que vous travaillez. Restaurer une sauvegarde les remplace par ceux de la sauvegarde&#xa0;; ce que vous avez actuellement est conservé à côté, jamais supprimé.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Restore status</source>
        <translation>État de la restauration</translation>
    </message>
    <message>
        <source>&amp;Restore This Backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups yet: the first is made once you have written a note.</source>
        <translation>Aucune sauvegarde pour l’instant&#xa0;: la première sera créée dès que vous aurez rédigé une note.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Historique de “%1”</translation>
    </message>
    <message>
        <source>Note history</source>
        <translation>Historique de la note</translation>
    </message>
    <message>
        <source>Loading the saved versions…</source>
        <translation>Chargement des versions enregistrées…</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>État de l’historique</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versions enregistrées</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Texte de la version sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Restore this revision</source>
        <translation>&amp;Restaurer cette révision</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Restaurer cette révision</translation>
    </message>
    <message>
        <source>Make this version the note&apos;s current text; the current text stays in the history.</source>
        <translation>Faire de cette version le texte actuel de la note&#xa0;; le texte actuel reste dans l’historique.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuelle)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved version(s). Select one to read it.</source>
        <translation>
            <numerusform>%n version enregistrée. Sélectionnez-la pour la lire.</numerusform>
            <numerusform>%n versions enregistrées. Sélectionnez-en une pour la lire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>Could not read or restore the history: %1</source>
        <translation>Impossible de lire ou de restaurer l’historique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>About these results</source>
        <translation>À propos de ces résultats</translation>
    </message>
    <message>
        <source>Too many matches to rank while you type: showing the first ones found; add a word to rank them.</source>
        <translation>Trop de correspondances pour les classer pendant la saisie&#xa0;: affichage des premières trouvées&#xa0;; ajoutez un mot pour les classer.</translation>
    </message>
    <message>
        <source>Show More Results</source>
        <translation>Afficher plus de résultats</translation>
    </message>
    <message>
        <source>Show more search results</source>
        <translation>Afficher davantage de résultats de recherche</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear search filters</source>
        <translation>Effacer les filtres de recherche</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the navigator filters</source>
        <translation>Effacer les filtres du navigateur</translation>
    </message>
    <message>
        <source>Only %1.</source>
        <translation>Filtres actifs&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Showing results for &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;literal&quot;&gt;Search instead for %2&lt;/a&gt;</source>
        <translation>Résultats pour &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;literal&quot;&gt;Rechercher plutôt %2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&quot;suggestion&quot;&gt;%1&lt;/a&gt;?</source>
        <translation>Vouliez-vous dire &lt;a href=&quot;suggestion&quot;&gt;%1&lt;/a&gt;&#xa0;?</translation>
    </message>
    <message>
        <source>No entry has all the words; showing the closest.</source>
        <translation>Aucune fiche ne contient tous les mots&#xa0;; affichage des plus proches.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type to search models, lessons, questions, themes, sources, actors and your notes. Use &quot;quotes&quot; for a phrase, OR between words, -word to exclude, and kind:lesson to narrow.</source>
        <translation>Saisissez du texte pour rechercher dans les modèles, enseignements, questions, thèmes, sources, acteurs et vos notes. Utilisez des &quot;guillemets&quot; pour une expression exacte, OR entre des mots, -mot pour exclure un mot et kind:lesson pour affiner.</translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Aucun résultat pour “%1”.</translation>
    </message>
    <message>
        <source>Clear the filters to search everything.</source>
        <translation>Effacez les filtres pour tout rechercher.</translation>
    </message>
    <message>
        <source>Try fewer or shorter words, or end a word with * to match its beginning.</source>
        <translation>Essayez avec moins de mots ou des mots plus courts, ou terminez un mot par * pour trouver les mots qui commencent ainsi.</translation>
    </message>
    <message>
        <source>Only %1: %2</source>
        <translation>Uniquement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Filter %1 %2</source>
        <translation>Filtre %1 %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Move through the results</source>
        <translation>Parcourir les résultats</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Flèche haut, Flèche bas</translation>
    </message>
    <message>
        <source>Open the selected result</source>
        <translation>Ouvrir le résultat sélectionné</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Find in Page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <source>Next match, previous match</source>
        <translation>Correspondance suivante, correspondance précédente</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Enter, Shift+Enter</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Aller</translation>
    </message>
    <message>
        <source>Back, Forward</source>
        <translation>Précédent, Suivant</translation>
    </message>
    <message>
        <source>Mouse back and forward buttons</source>
        <translation>Boutons précédent et suivant de la souris</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Show a long row in full, or cap it again</source>
        <translation>Afficher une longue ligne en entier, ou la raccourcir à nouveau</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Leave focus mode</source>
        <translation>Quitter le mode focus</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>StoreProblemBox</name>
    <message>
        <source>Your notes need attention</source>
        <translation>Vos notes nécessitent votre attention</translation>
    </message>
    <message>
        <source>Your notes file was damaged, so Partnership Atlas set it aside without changing it.</source>
        <translation>Votre fichier de notes était endommagé&#xa0;; Partnership Atlas l’a donc mis de côté sans le modifier.</translation>
    </message>
    <message>
        <source>What went wrong: %1.</source>
        <translation>Cause du problème&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The damaged file is kept at %1.</source>
        <translation>Le fichier endommagé est conservé sous %1.</translation>
    </message>
    <message>
        <source>The newest good backup was made %1.</source>
        <translation>Dernière sauvegarde valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Restore the Newest Backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Start with Empty Notes</source>
        <translation>Commencer avec des notes vides</translation>
    </message>
    <message>
        <source>Your notes were saved by a newer version of Partnership Atlas; this version cannot use them.</source>
        <translation>Vos notes ont été enregistrées par une version plus récente de Partnership Atlas&#xa0;; cette version ne peut pas les utiliser.</translation>
    </message>
    <message>
        <source>They are untouched. Open them with the newer version, or start a new notes file here: the newer file is then kept beside it.</source>
        <translation>Elles n’ont pas été modifiées. Ouvrez-les avec la version plus récente, ou créez ici un nouveau fichier de notes&#xa0;: le fichier plus récent sera alors conservé à côté.</translation>
    </message>
    <message>
        <source>Your notes file could not be opened; it was not changed.</source>
        <translation>Impossible d’ouvrir votre fichier de notes&#xa0;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Partnership Atlas cannot start</source>
        <translation>Partnership Atlas ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Partnership Atlas is already open</source>
        <translation>Partnership Atlas est déjà ouvert</translation>
    </message>
    <message>
        <source>Partnership Atlas is already open with this data folder (process %1) but did not come to the front. Switch to its window, or close it and start again.</source>
        <translation>Partnership Atlas est déjà ouvert avec ce dossier de données (processus %1), mais sa fenêtre n’est pas passée au premier plan. Passez à sa fenêtre, ou fermez-le et relancez-le.</translation>
    </message>
</context>
<context>
    <name>local_time</name>
    <message>
        <source>today %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>hier à %1</translation>
    </message>
</context>
</TS>
