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
        <source>&amp;Brief</source>
        <translation>D&amp;ossier</translation>
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
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Réunion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prepared on %1 with Partnership Atlas.</source>
        <translation>Préparé le %1 avec Partnership Atlas.</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Partnership model</source>
        <translation>Modèle de partenariat</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Question directrice</translation>
    </message>
    <message>
        <source>Saved comparison</source>
        <translation>Comparaison enregistrée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Highlighted passage</source>
        <translation>Passage surligné</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · du module %2</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>Sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>No longer in the installed packs or your notes: shown as it was when it was added.</source>
        <translation>Ne figure plus dans les modules installés ni dans vos notes&#xa0;: affiché tel qu’il était lors de son ajout.</translation>
    </message>
    <message>
        <source>cited for:</source>
        <translation>citée pour&#xa0;:</translation>
    </message>
    <message>
        <source>This brief has no items yet.</source>
        <translation>Ce dossier ne contient encore aucun élément.</translation>
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
        <source>Briefs</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Brief: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
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
    <message numerus="yes">
        <source>{source}: %n problem(s)</source>
        <translation>
            <numerusform>{source}&#xa0;: %n problème</numerusform>
            <numerusform>{source}&#xa0;: %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>No {what} with id &apos;{wanted}&apos;.</source>
        <translation>Aucune fiche de type {what} n’a l’identifiant &apos;{wanted}&apos;.</translation>
    </message>
    <message>
        <source>Did you mean: {ids}?</source>
        <translation>Vouliez-vous dire&#xa0;: {ids}&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{wanted}&apos; is in %n packs ({packs}); write it as pack/id, e.g. {example}.</source>
        <translation>
            <numerusform>&apos;{wanted}&apos; figure dans %n module ({packs})&#xa0;; écrivez-le sous la forme module/id, p. ex. {example}.</numerusform>
            <numerusform>&apos;{wanted}&apos; figure dans %n modules ({packs})&#xa0;; écrivez-le sous la forme module/id, p. ex. {example}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes file {path} could not be opened ({reason}); it was not changed. Run &apos;partnership-atlas doctor&apos; for details.</source>
        <translation>Impossible d’ouvrir votre fichier de notes {path} ({reason})&#xa0;; il n’a pas été modifié. Exécutez &apos;partnership-atlas doctor&apos; pour en savoir plus.</translation>
    </message>
    <message>
        <source>Your notes file {path} is damaged: {reason}.</source>
        <translation>Votre fichier de notes {path} est endommagé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>It was moved, unchanged, to {moved_to}.</source>
        <translation>Il a été déplacé, sans modification, vers {moved_to}.</translation>
    </message>
    <message>
        <source>There is no backup to restore; a new, empty notes file will be started.</source>
        <translation>Aucune sauvegarde à restaurer&#xa0;; un nouveau fichier de notes vide va être créé.</translation>
    </message>
    <message>
        <source>The newest good backup was made {made} ({name}): restore it with File &gt; Restore from Backup in the window, or &apos;partnership-atlas backup restore&apos;.</source>
        <translation>La dernière sauvegarde valide date du {made} ({name})&#xa0;: restaurez-la dans la fenêtre avec Fichier &gt; Restaurer les notes depuis une sauvegarde, ou avec &apos;partnership-atlas backup restore&apos;.</translation>
    </message>
    <message>
        <source>Your notes file {path} was saved by a newer version of Partnership Atlas, which changed how notes are stored ({steps}); this version cannot use it, and it was not changed. Open it with the newer version. To go on with this one, restore a backup or start a new notes file: the newer file is then kept beside it.</source>
        <translation>Votre fichier de notes {path} a été enregistré par une version plus récente de Partnership Atlas, qui stocke les notes différemment ({steps})&#xa0;; cette version ne peut pas l’utiliser et il n’a pas été modifié. Ouvrez-le avec la version plus récente. Pour continuer avec celle-ci, restaurez une sauvegarde ou créez un nouveau fichier de notes&#xa0;: le fichier plus récent sera alors conservé à côté.</translation>
    </message>
    <message>
        <source>Could not save to {path}: {reason}. Nothing saved before was changed; keep your text and save again once this is fixed.</source>
        <translation>Impossible d’enregistrer dans {path}&#xa0;: {reason}. Rien de ce qui avait déjà été enregistré n’a été modifié&#xa0;; conservez votre texte et enregistrez de nouveau une fois le problème résolu.</translation>
    </message>
    <message>
        <source>Partnership Atlas cannot write to its data folder {folder} ({reason}). Your notes and the content cache live there. Make the folder writable, or choose another one with {variable}=/some/folder. When the program runs from a read-only stick, copy it to a writable one first.</source>
        <translation>Partnership Atlas ne peut pas écrire dans son dossier de données {folder} ({reason}). Vos notes et le cache du contenu s’y trouvent. Rendez ce dossier accessible en écriture, ou choisissez-en un autre avec {variable}=/chemin/du/dossier. Si le programme s’exécute depuis une clé USB en lecture seule, copiez-le d’abord sur une clé accessible en écriture.</translation>
    </message>
    <message>
        <source>{{value: ..., sources: [...]}}, {{not_documented: true}} or {{not_applicable: REASON}}</source>
        <translation>{{value: ..., sources: [...]}}, {{not_documented: true}} ou {{not_applicable: RAISON}}</translation>
    </message>
    <message>
        <source>must be a non-empty list of comparison attributes</source>
        <translation>doit être une liste non vide d’attributs de comparaison</translation>
    </message>
    <message>
        <source>must be a mapping with key, label, group, type and order</source>
        <translation>doit être un dictionnaire contenant key, label, group, type et order</translation>
    </message>
    <message>
        <source>required field &apos;{name}&apos; is missing</source>
        <translation>champ obligatoire &apos;{name}&apos; manquant</translation>
    </message>
    <message>
        <source>unknown field{hint}</source>
        <translation>champ inconnu{hint}</translation>
    </message>
    <message>
        <source>must be lowercase snake_case</source>
        <translation>doit être en snake_case minuscule</translation>
    </message>
    <message>
        <source>duplicate attribute key &apos;{key}&apos;</source>
        <translation>clé d’attribut &apos;{key}&apos; en double</translation>
    </message>
    <message>
        <source>must be one of: {allowed}</source>
        <translation>doit être l’une des valeurs suivantes&#xa0;: {allowed}</translation>
    </message>
    <message>
        <source>must be {{text: ..., sources: [...]}}: a note that holds for every model, with its sources</source>
        <translation>doit être {{text: ..., sources: [...]}}&#xa0;: une note valable pour tous les modèles, avec ses sources</translation>
    </message>
    <message>
        <source>unknown field{hint}; a note has text and sources</source>
        <translation>champ inconnu{hint}&#xa0;; une note comporte text et sources</translation>
    </message>
    <message>
        <source>only an attribute of type choice has choices</source>
        <translation>seul un attribut de type choice peut avoir des choices</translation>
    </message>
    <message>
        <source>an attribute of type choice needs a list of at least two choices</source>
        <translation>un attribut de type choice nécessite une liste d’au moins deux choix</translation>
    </message>
    <message>
        <source>lists a choice twice</source>
        <translation>mentionne deux fois le même choix</translation>
    </message>
    <message>
        <source>must be a mapping of attribute key to {shape}</source>
        <translation>doit être un dictionnaire associant à chaque clé d’attribut {shape}</translation>
    </message>
    <message>
        <source>attribute &apos;{key}&apos; is not declared in pack.yaml{hint}</source>
        <translation>l’attribut &apos;{key}&apos; n’est pas déclaré dans pack.yaml{hint}</translation>
    </message>
    <message>
        <source>no value for declared attribute &apos;{key}&apos;; give a value with sources, not_documented: true, or not_applicable: REASON</source>
        <translation>aucune valeur pour l’attribut déclaré &apos;{key}&apos;&#xa0;; indiquez une valeur avec ses sources, not_documented: true ou not_applicable: RAISON</translation>
    </message>
    <message>
        <source>must be {shape}</source>
        <translation>doit être {shape}</translation>
    </message>
    <message>
        <source>has {first} and {second}; keep one: {shape}</source>
        <translation>contient {first} et {second}&#xa0;; n’en gardez qu’un&#xa0;: {shape}</translation>
    </message>
    <message>
        <source>has {first} and {second} and {third}; keep one: {shape}</source>
        <translation>contient {first}, {second} et {third}&#xa0;; n’en gardez qu’un&#xa0;: {shape}</translation>
    </message>
    <message>
        <source>needs a value with sources, not_documented: true, or not_applicable: REASON</source>
        <translation>nécessite une valeur avec ses sources, not_documented: true ou not_applicable: RAISON</translation>
    </message>
    <message>
        <source>has both a compare value and {state}; keep one</source>
        <translation>contient à la fois une valeur compare et {state}&#xa0;; gardez l’un des deux</translation>
    </message>
    <message>
        <source>has both an as_of year and {state}; keep one</source>
        <translation>contient à la fois une année as_of et {state}&#xa0;; gardez l’un des deux</translation>
    </message>
    <message>
        <source>must be true</source>
        <translation>doit être true</translation>
    </message>
    <message>
        <source>must be true, or the reason the attribute does not apply to this model</source>
        <translation>doit être true, ou la raison pour laquelle l’attribut ne s’applique pas à ce modèle</translation>
    </message>
    <message>
        <source>what no source documents cites none; remove sources or give a value</source>
        <translation>une valeur non documentée ne cite aucune source&#xa0;; supprimez sources ou indiquez une valeur</translation>
    </message>
    <message>
        <source>attribute &apos;{key}&apos; is {type}, which is read, not compared; declare it as one of {types} to give a compare value</source>
        <translation>l’attribut &apos;{key}&apos; est de type {type}, qui se lit mais ne se compare pas&#xa0;; déclarez-le avec l’un des types {types} pour lui donner une valeur compare</translation>
    </message>
    <message>
        <source>{location} has version {version} of &apos;{id}&apos;, older than version {bundled} bundled with the application, which would stay in use; nothing was installed.</source>
        <translation>{location} contient la version {version} de &apos;{id}&apos;, antérieure à la version {bundled} fournie avec l’application, qui resterait utilisée&#xa0;; rien n’a été installé.</translation>
    </message>
    <message>
        <source>{location} has version {version} of &apos;{id}&apos;, older than the installed version {installed}; nothing changed.</source>
        <translation>{location} contient la version {version} de &apos;{id}&apos;, antérieure à la version installée {installed}&#xa0;; rien n’a changé.</translation>
    </message>
    <message>
        <source>Pass --force to go back to the older version.</source>
        <translation>Ajoutez --force pour revenir à la version antérieure.</translation>
    </message>
    <message>
        <source>Pack &apos;{id}&apos; version {installed} is already bundled with the application; {location} has version {version} with different content.</source>
        <translation>La version {installed} du module &apos;{id}&apos; est déjà fournie avec l’application&#xa0;; {location} contient la version {version}, avec un contenu différent.</translation>
    </message>
    <message>
        <source>Pack &apos;{id}&apos; version {installed} is already installed; {location} has version {version} with different content.</source>
        <translation>La version {installed} du module &apos;{id}&apos; est déjà installée&#xa0;; {location} contient la version {version}, avec un contenu différent.</translation>
    </message>
    <message>
        <source>Raise the version in pack.yaml to update it, or pass --force to replace it anyway.</source>
        <translation>Augmentez la version dans pack.yaml pour le mettre à jour, ou ajoutez --force pour le remplacer quand même.</translation>
    </message>
    <message>
        <source>Pack &apos;{id}&apos; is bundled with the application and cannot be removed.</source>
        <translation>Le module &apos;{id}&apos; est fourni avec l’application et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>No installed pack &apos;{id}&apos;. Installed and bundled packs: none.</source>
        <translation>Aucun module &apos;{id}&apos; n’est installé. Modules installés et fournis&#xa0;: aucun.</translation>
    </message>
    <message>
        <source>No installed pack &apos;{id}&apos;. Installed and bundled packs: {known}.</source>
        <translation>Aucun module &apos;{id}&apos; n’est installé. Modules installés et fournis&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>must be a list of {kind} ids</source>
        <translation>doit être une liste d’id de fiches de type {kind}</translation>
    </message>
    <message>
        <source>must be a list of {{text, sources}} items</source>
        <translation>doit être une liste d’éléments {{text, sources}}</translation>
    </message>
    <message>
        <source>must be a mapping with text and sources</source>
        <translation>doit être un dictionnaire contenant text et sources</translation>
    </message>
    <message>
        <source>must be a list of {{actor, role}} (an empty list where the parties are not documented)</source>
        <translation>doit être une liste de {{actor, role}} (une liste vide si les parties ne sont pas documentées)</translation>
    </message>
    <message>
        <source>must be a mapping with actor and role</source>
        <translation>doit être un dictionnaire contenant actor et role</translation>
    </message>
    <message>
        <source>must be a list of citations {{source: ID, locator: ...}}</source>
        <translation>doit être une liste de références {{source: ID, locator: ...}}</translation>
    </message>
    <message>
        <source>a citation needs &apos;source&apos; (a source id) and a &apos;locator&apos;</source>
        <translation>une référence nécessite &apos;source&apos; (l’id d’une source) et &apos;locator&apos;</translation>
    </message>
    <message>
        <source>required field is missing (a pack with models needs the comparison attributes)</source>
        <translation>champ obligatoire manquant (un module contenant des modèles nécessite les attributs de comparaison)</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte} at offset {offset}); save the file as UTF-8</source>
        <translation>texte non UTF-8 (octet 0x{byte} à la position {offset})&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>missing: every pack needs a pack.yaml at its root</source>
        <translation>manquant&#xa0;: chaque module doit avoir un fichier pack.yaml à sa racine</translation>
    </message>
    <message>
        <source>must be a mapping of field: value</source>
        <translation>doit être un dictionnaire de paires champ: valeur</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and hyphens</source>
        <translation>ne doit contenir que des lettres minuscules, des chiffres et des traits d’union</translation>
    </message>
    <message>
        <source>must be a language tag such as en, fr, ar or es-419</source>
        <translation>doit être un code de langue comme en, fr, ar ou es-419</translation>
    </message>
    <message>
        <source>YAML reads {version} as a number, which can drop digits (1.10 becomes 1.1); put the version in quotes</source>
        <translation>YAML lit {version} comme un nombre, ce qui peut faire perdre des chiffres (1.10 devient 1.1)&#xa0;; mettez la version entre guillemets</translation>
    </message>
    <message>
        <source>must be dotted whole numbers such as 1.0.0</source>
        <translation>doit être composé de nombres entiers séparés par des points, comme 1.0.0</translation>
    </message>
    <message>
        <source>&apos;{folder}&apos; is not an entry folder{hint}; entry folders are {folders}</source>
        <translation>&apos;{folder}&apos; n’est pas un dossier de fiches{hint}&#xa0;; les dossiers de fiches sont {folders}</translation>
    </message>
    <message>
        <source>entry files must sit directly in {folder}/, not in a sub-folder</source>
        <translation>les fichiers de fiches doivent se trouver directement dans {folder}/, pas dans un sous-dossier</translation>
    </message>
    <message>
        <source>entry files must be Markdown files ending in .md (or, for lessons, {suffix})</source>
        <translation>les fichiers de fiches doivent être des fichiers Markdown en .md (ou, pour les enseignements, en {suffix})</translation>
    </message>
    <message>
        <source>not a JSON object: {reason}</source>
        <translation>pas un objet JSON valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>each line must be one JSON object holding a lesson&apos;s fields and its body</source>
        <translation>chaque ligne doit être un objet JSON contenant les champs d’un enseignement et son texte (body)</translation>
    </message>
    <message>
        <source>required field is missing ({a_kind} needs it)</source>
        <translation>champ obligatoire manquant (requis pour {a_kind})</translation>
    </message>
    <message>
        <source>unknown field for {a_kind}{hint}</source>
        <translation>champ inconnu pour {a_kind}{hint}</translation>
    </message>
    <message>
        <source>{a_kind} needs a non-empty &quot;body&quot; in its line (its explanation)</source>
        <translation>{a_kind} nécessite un &quot;body&quot; non vide sur sa ligne (son explication)</translation>
    </message>
    <message>
        <source>{a_kind} needs a Markdown body after the front matter (its explanation)</source>
        <translation>{a_kind} nécessite un corps de texte Markdown après l’en-tête YAML (son explication)</translation>
    </message>
    <message>
        <source>must name {a_kind} by its id</source>
        <translation>doit désigner {a_kind} par son id</translation>
    </message>
    <message>
        <source>duplicate id &apos;{id}&apos; (also used by {file})</source>
        <translation>id &apos;{id}&apos; en double (déjà utilisé par {file})</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; does not match the file name; name the file {id}.md</source>
        <translation>l’id &apos;{id}&apos; ne correspond pas au nom du fichier&#xa0;; nommez le fichier {id}.md</translation>
    </message>
    <message>
        <source>links to &apos;{target}&apos;, but no {kind} has that id{hint}</source>
        <translation>renvoie à &apos;{target}&apos;, mais aucune fiche de type {kind} n’a cet id{hint}</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is {a_kind}, not {expected}</source>
        <translation>&apos;{target}&apos; est {a_kind}, pas {expected}</translation>
    </message>
    <message>
        <source>must name a source by its id</source>
        <translation>doit désigner une source par son id</translation>
    </message>
    <message>
        <source>cites &apos;{source}&apos;, but no source has that id{hint}</source>
        <translation>cite &apos;{source}&apos;, mais aucune source n’a cet id{hint}</translation>
    </message>
    <message>
        <source>translates &apos;{id}&apos;, but there is no {kind} {id}.md to translate</source>
        <translation>traduit &apos;{id}&apos;, mais il n’existe aucun fichier {id}.md de type {kind} à traduire</translation>
    </message>
    <message>
        <source>has id &apos;{id}&apos;; a translation keeps its original&apos;s id, &apos;{original}&apos;</source>
        <translation>a l’id &apos;{id}&apos;&#xa0;; une traduction garde l’id de son original, &apos;{original}&apos;</translation>
    </message>
    <message>
        <source>is in &apos;{language}&apos;, which pack.yaml&apos;s languages do not list (other languages: none)</source>
        <translation>est en &apos;{language}&apos;, langue que le champ languages de pack.yaml ne mentionne pas (autres langues&#xa0;: aucune)</translation>
    </message>
    <message>
        <source>is in &apos;{language}&apos;, which pack.yaml&apos;s languages do not list (other languages: {others})</source>
        <translation>est en &apos;{language}&apos;, langue que le champ languages de pack.yaml ne mentionne pas (autres langues&#xa0;: {others})</translation>
    </message>
    <message>
        <source>has no section for version {version}, the version in pack.yaml; add one headed &quot;## {version}&quot; that says what changed (sections found: {found})</source>
        <translation>n’a pas de section pour la version {version}, celle de pack.yaml&#xa0;; ajoutez-en une intitulée &quot;## {version}&quot; qui décrit les changements (sections trouvées&#xa0;: {found})</translation>
    </message>
    <message>
        <source>has no section for version {version}, the version in pack.yaml; add one headed &quot;## {version}&quot; that says what changed</source>
        <translation>n’a pas de section pour la version {version}, celle de pack.yaml&#xa0;; ajoutez-en une intitulée &quot;## {version}&quot; qui décrit les changements</translation>
    </message>
    <message>
        <source> (did you mean {words}?)</source>
        <translation> (vouliez-vous dire {words}&#xa0;?)</translation>
    </message>
    <message>
        <source>a source</source>
        <comment>one entry of this kind</comment>
        <translation>une source</translation>
    </message>
    <message>
        <source>an actor</source>
        <comment>one entry of this kind</comment>
        <translation>un acteur</translation>
    </message>
    <message>
        <source>a theme</source>
        <comment>one entry of this kind</comment>
        <translation>un thème</translation>
    </message>
    <message>
        <source>a question</source>
        <comment>one entry of this kind</comment>
        <translation>une question</translation>
    </message>
    <message>
        <source>a model</source>
        <comment>one entry of this kind</comment>
        <translation>un modèle</translation>
    </message>
    <message>
        <source>a lesson</source>
        <comment>one entry of this kind</comment>
        <translation>un enseignement</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>doit être un texte non vide</translation>
    </message>
    <message>
        <source>must be a year such as 1999</source>
        <translation>doit être une année, comme 1999</translation>
    </message>
    <message>
        <source>must be a year such as 1999, or one of {qualifiers} before it (&quot;about 1999&quot;)</source>
        <translation>doit être une année comme 1999, éventuellement précédée de l’un des mots {qualifiers} (&quot;about 1999&quot;)</translation>
    </message>
    <message>
        <source>must be {{amount: NUMBER, currency: ISO CODE, period: TEXT}} (at_least: true for a minimum)</source>
        <translation>doit être {{amount: NOMBRE, currency: CODE ISO, period: TEXTE}} (at_least: true pour un minimum)</translation>
    </message>
    <message>
        <source>unknown field; an amount has {fields}</source>
        <translation>champ inconnu&#xa0;; un montant comporte {fields}</translation>
    </message>
    <message>
        <source>must be a number above zero, without currency or separators (28000000)</source>
        <translation>doit être un nombre supérieur à zéro, sans devise ni séparateurs (28000000)</translation>
    </message>
    <message>
        <source>must be a three-letter ISO 4217 code such as GBP, CHF or USD</source>
        <translation>doit être un code ISO 4217 à trois lettres, comme GBP, CHF ou USD</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be one of the attribute&apos;s choices: {choices} (found {found})</source>
        <translation>doit être l’un des choix de l’attribut&#xa0;: {choices} (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>doit être une liste non vide</translation>
    </message>
    <message>
        <source>must be one of: {allowed} (found {found})</source>
        <translation>doit être l’une des valeurs suivantes&#xa0;: {allowed} (valeur trouvée&#xa0;: {found})</translation>
    </message>
    <message>
        <source>must be non-empty text or a number</source>
        <translation>doit être un texte non vide ou un nombre</translation>
    </message>
    <message>
        <source>must be non-empty text or a year</source>
        <translation>doit être un texte non vide ou une année</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>not a pack archive (zip): {reason}</source>
        <translation>n’est pas une archive de module (zip)&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>damaged archive: {reason}</source>
        <translation>archive endommagée&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>holds %n file(s) and folder(s); at most {most} are accepted</source>
        <translation>
            <numerusform>contient %n fichier ou dossier&#xa0;; {most} au maximum sont acceptés</numerusform>
            <numerusform>contient %n fichiers et dossiers&#xa0;; {most} au maximum sont acceptés</numerusform>
        </translation>
    </message>
    <message>
        <source>unpacks to {total} bytes; at most {most} are accepted</source>
        <translation>occupe {total} octets une fois décompressée&#xa0;; {most} au maximum sont acceptés</translation>
    </message>
    <message>
        <source>holds a file without a name; refused</source>
        <translation>contient un fichier sans nom&#xa0;; archive refusée</translation>
    </message>
    <message>
        <source>absolute path in archive; refused</source>
        <translation>chemin absolu dans l’archive&#xa0;; refusé</translation>
    </message>
    <message>
        <source>path leaves the pack folder (&apos;..&apos;); refused</source>
        <translation>chemin qui sort du dossier du module (&apos;..&apos;)&#xa0;; refusé</translation>
    </message>
    <message>
        <source>appears twice in the archive; refused, as either copy could be read</source>
        <translation>figure deux fois dans l’archive&#xa0;; refusé, car l’une ou l’autre copie pourrait être lue</translation>
    </message>
    <message>
        <source>symbolic link in archive; refused</source>
        <translation>lien symbolique dans l’archive&#xa0;; refusé</translation>
    </message>
    <message>
        <source>encrypted; packs cannot be encrypted, build the archive without a password</source>
        <translation>chiffré&#xa0;; les modules ne peuvent pas être chiffrés, créez l’archive sans mot de passe</translation>
    </message>
    <message>
        <source>compressed with an unsupported method ({method}); build the archive with ordinary Deflate compression (partnership-atlas pack build)</source>
        <translation>compressé avec une méthode non prise en charge ({method})&#xa0;; créez l’archive avec la compression Deflate ordinaire (partnership-atlas pack build)</translation>
    </message>
    <message>
        <source>file of {size} bytes; at most {most} are accepted</source>
        <translation>fichier de {size} octets&#xa0;; {most} au maximum sont acceptés</translation>
    </message>
    <message>
        <source>compression ratio too high (possible zip bomb); refused</source>
        <translation>taux de compression trop élevé (bombe zip possible)&#xa0;; refusé</translation>
    </message>
    <message>
        <source>must be a list of groups, e.g. - IFRC = International Federation</source>
        <translation>doit être une liste de groupes, p. ex. - FICR = Fédération internationale</translation>
    </message>
    <message>
        <source>must be names joined by &apos; = &apos; (DFID = Department for International Development) or a list of names</source>
        <translation>doit être des noms reliés par &apos; = &apos; (DFID = Department for International Development) ou une liste de noms</translation>
    </message>
    <message>
        <source>has an empty name: write each name between the &apos; = &apos; signs</source>
        <translation>contient un nom vide&#xa0;: écrivez chaque nom entre les signes &apos; = &apos;</translation>
    </message>
    <message>
        <source>has a name longer than {most} characters</source>
        <translation>contient un nom de plus de {most} caractères</translation>
    </message>
    <message>
        <source>needs at least two different names</source>
        <translation>doit contenir au moins deux noms différents</translation>
    </message>
    <message numerus="yes">
        <source>has %n name(s); at most {most} are allowed in a group</source>
        <translation>
            <numerusform>contient %n nom&#xa0;; {most} au maximum sont autorisés par groupe</numerusform>
            <numerusform>contient %n noms&#xa0;; {most} au maximum sont autorisés par groupe</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is also in group {group}: put all its names in one group</source>
        <translation>&apos;{name}&apos; figure aussi dans le groupe {group}&#xa0;: réunissez tous ses noms dans un seul groupe</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; differs from the original&apos;s ({found} instead of {expected}); a translation changes words only</source>
        <translation>&apos;{name}&apos; diffère de l’original ({found} au lieu de {expected})&#xa0;; une traduction ne change que les mots</translation>
    </message>
    <message>
        <source>its figures differ from the original&apos;s: it lacks {missing} and adds {added}</source>
        <translation>ses chiffres diffèrent de ceux de l’original&#xa0;: il y manque {missing} et on y trouve en plus {added}</translation>
    </message>
    <message>
        <source>its figures differ from the original&apos;s: it lacks {missing}</source>
        <translation>ses chiffres diffèrent de ceux de l’original&#xa0;: il y manque {missing}</translation>
    </message>
    <message>
        <source>its figures differ from the original&apos;s: it adds {added}</source>
        <translation>ses chiffres diffèrent de ceux de l’original&#xa0;: on y trouve en plus {added}</translation>
    </message>
    <message>
        <source>must be a list of language tags such as [en, fr, es, ar]</source>
        <translation>doit être une liste de codes de langue comme [en, fr, es, ar]</translation>
    </message>
    <message>
        <source>must include the pack&apos;s own language, {language}</source>
        <translation>doit inclure la langue propre au module, {language}</translation>
    </message>
    <message>
        <source>must map each of pack.yaml&apos;s choices to its words in this language</source>
        <translation>doit associer à chaque choix de pack.yaml sa formulation dans cette langue</translation>
    </message>
    <message>
        <source>pack.yaml declares no choice {unknown} (its choices: {choices})</source>
        <translation>pack.yaml ne déclare aucun choix {unknown} (ses choix&#xa0;: {choices})</translation>
    </message>
    <message>
        <source>is in &apos;{language}&apos;, which pack.yaml&apos;s languages do not list</source>
        <translation>est en &apos;{language}&apos;, langue que le champ languages de pack.yaml ne mentionne pas</translation>
    </message>
    <message>
        <source>unknown field{hint}; a pack&apos;s translation has {fields}</source>
        <translation>champ inconnu{hint}&#xa0;; la traduction d’un module comporte {fields}</translation>
    </message>
    <message>
        <source>must list the attributes of pack.yaml, each once, by key</source>
        <translation>doit énumérer les attributs de pack.yaml, chacun une seule fois, par sa clé</translation>
    </message>
    <message>
        <source>unknown field; a translated attribute has {fields}</source>
        <translation>champ inconnu&#xa0;; un attribut traduit comporte {fields}</translation>
    </message>
    <message>
        <source>values nested more than {most} levels deep</source>
        <translation>valeurs imbriquées sur plus de {most} niveaux</translation>
    </message>
    <message>
        <source>YAML syntax error: {problem}</source>
        <translation>erreur de syntaxe YAML&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>YAML error: {reason}</source>
        <translation>erreur YAML&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>a value cannot be read as the date, number or other type it looks like ({reason})</source>
        <translation>une valeur ne peut pas être lue comme la date, le nombre ou l’autre type auquel elle ressemble ({reason})</translation>
    </message>
    <message>
        <source>a value cannot be read as the date, number or other type it looks like</source>
        <translation>une valeur ne peut pas être lue comme la date, le nombre ou l’autre type auquel elle ressemble</translation>
    </message>
    <message>
        <source>an alias (*name) refers to a value that contains it; write the values out</source>
        <translation>un alias (*nom) renvoie à une valeur qui le contient&#xa0;; écrivez les valeurs en entier</translation>
    </message>
    <message>
        <source>the name {name} reads as a date, not as text; put it in quotes</source>
        <translation>le nom {name} est lu comme une date, et non comme du texte&#xa0;; mettez-le entre guillemets</translation>
    </message>
    <message>
        <source>the name {name} reads as binary data, not as text; put it in quotes</source>
        <translation>le nom {name} est lu comme des données binaires, et non comme du texte&#xa0;; mettez-le entre guillemets</translation>
    </message>
    <message>
        <source>aliases (*name) repeat values into more than {most} characters; write the values out</source>
        <translation>des alias (*nom) répètent des valeurs sur plus de {most} caractères&#xa0;; écrivez les valeurs en entier</translation>
    </message>
    <message>
        <source>the file must start with a &apos;---&apos; line opening the YAML front matter</source>
        <translation>le fichier doit commencer par une ligne &apos;---&apos; qui ouvre l’en-tête YAML</translation>
    </message>
    <message>
        <source>the front matter is never closed by a second &apos;---&apos; line</source>
        <translation>l’en-tête YAML n’est jamais fermé par une seconde ligne &apos;---&apos;</translation>
    </message>
    <message>
        <source>the front matter must be a mapping of field: value</source>
        <translation>l’en-tête YAML doit être un dictionnaire de paires champ: valeur</translation>
    </message>
    <message>
        <source>at least {currency} {amount}, {period}</source>
        <translation>au moins {amount} {currency}, {period}</translation>
    </message>
    <message>
        <source>{currency} {amount}, {period}</source>
        <translation>{amount} {currency}, {period}</translation>
    </message>
    <message numerus="yes">
        <source>{number} billion</source>
        <translation>
            <numerusform>{number} Md</numerusform>
            <numerusform>{number} Md</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} million</source>
        <translation>
            <numerusform>{number} M</numerusform>
            <numerusform>{number} M</numerusform>
        </translation>
    </message>
    <message>
        <source>notes could not be read from {path} ({reason}); only the reference content was searched.</source>
        <translation>les notes n’ont pas pu être lues depuis {path} ({reason})&#xa0;; la recherche n’a porté que sur le contenu de référence.</translation>
    </message>
    <message>
        <source>&apos;{second}&apos; repeats the text of &apos;{text}&apos; on most rows: not used</source>
        <translation>&apos;{second}&apos; reprend le texte de &apos;{text}&apos; sur la plupart des lignes&#xa0;: non utilisée</translation>
    </message>
    <message>
        <source>{reason}: not used</source>
        <translation>{reason}&#xa0;: non utilisée</translation>
    </message>
    <message>
        <source>repeats its values ({titles} different beside {texts} different texts; {examples}): not titles, so each title is made from the lesson&apos;s text</source>
        <translation>répète ses valeurs ({titles} différentes pour {texts} textes différents&#xa0;; {examples})&#xa0;: ce ne sont pas des titres, le titre de chaque enseignement est donc tiré de son texte</translation>
    </message>
    <message numerus="yes">
        <source>prose too (%n word(s) a cell): &apos;{text}&apos; is taken as the text and this one kept beside it, shown and searched</source>
        <translation>
            <numerusform>également de la prose (%n mot par cellule)&#xa0;: &apos;{text}&apos; est retenue comme texte et celle-ci est conservée à côté, affichée et incluse dans la recherche</numerusform>
            <numerusform>également de la prose (%n mots par cellule)&#xa0;: &apos;{text}&apos; est retenue comme texte et celle-ci est conservée à côté, affichée et incluse dans la recherche</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{header}&apos; is named like {named} but {why}</source>
        <translation>la colonne &apos;{header}&apos; porte un nom qui évoque {named}, mais {why}</translation>
    </message>
    <message>
        <source>&apos;{header}&apos; is named like {named} but {why}; it is taken as {chosen}</source>
        <translation>la colonne &apos;{header}&apos; porte un nom qui évoque {named}, mais {why}&#xa0;; elle est utilisée pour {chosen}</translation>
    </message>
    <message>
        <source>{description} (the one with the lessons; the workbook&apos;s other sheets: {sheets})</source>
        <translation>{description} (celle qui contient les enseignements&#xa0;; autres feuilles du classeur&#xa0;: {sheets})</translation>
    </message>
    <message numerus="yes">
        <source>the text column &apos;{header}&apos; holds only %Ln different value(s) in {rows} rows: it looks like a label, not the lessons&apos; text</source>
        <translation>
            <numerusform>la colonne de texte &apos;{header}&apos; ne contient que %Ln valeur différente sur {rows} lignes&#xa0;: elle ressemble à un libellé, pas au texte des enseignements</numerusform>
            <numerusform>la colonne de texte &apos;{header}&apos; ne contient que %Ln valeurs différentes sur {rows} lignes&#xa0;: elle ressemble à un libellé, pas au texte des enseignements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this mapping would skip {skipped} of %Ln row(s) ({share})</source>
        <translation>
            <numerusform>cette correspondance des colonnes ignorerait {skipped} ligne sur %Ln ({share})</numerusform>
            <numerusform>cette correspondance des colonnes ignorerait {skipped} lignes sur %Ln ({share})</numerusform>
        </translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>elle est vide</translation>
    </message>
    <message>
        <source>it holds strings of 0 and 1 ({examples})</source>
        <translation>elle contient des suites de 0 et de 1 ({examples})</translation>
    </message>
    <message>
        <source>it numbers the rows</source>
        <translation>elle numérote les lignes</translation>
    </message>
    <message numerus="yes">
        <source>holds only %Ln label(s) ({examples}): not the text</source>
        <translation>
            <numerusform>ne contient que %Ln libellé ({examples})&#xa0;: ce n’est pas le texte</numerusform>
            <numerusform>ne contient que %Ln libellés ({examples})&#xa0;: ce n’est pas le texte</numerusform>
        </translation>
    </message>
    <message>
        <source>holds codes, numbers or dates: not the text</source>
        <translation>contient des codes, des nombres ou des dates&#xa0;: ce n’est pas le texte</translation>
    </message>
    <message numerus="yes">
        <source>header only: %Ln word(s) a cell is short for a lesson</source>
        <translation>
            <numerusform>en-tête seul&#xa0;: %Ln mot par cellule, c’est peu pour un enseignement</numerusform>
            <numerusform>en-tête seul&#xa0;: %Ln mots par cellule, c’est peu pour un enseignement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holds %Ln word(s) a cell: too short for the text</source>
        <translation>
            <numerusform>contient %Ln mot par cellule&#xa0;: trop court pour le texte</numerusform>
            <numerusform>contient %Ln mots par cellule&#xa0;: trop court pour le texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text of %Ln word(s) a cell</source>
        <translation>
            <numerusform>texte de %Ln mot par cellule</numerusform>
            <numerusform>texte de %Ln mots par cellule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>long, varied prose: %Ln word(s) a cell, {texts} different texts in {rows} rows looked at</source>
        <translation>
            <numerusform>prose longue et variée&#xa0;: %Ln mot par cellule, {texts} textes différents sur {rows} lignes examinées</numerusform>
            <numerusform>prose longue et variée&#xa0;: %Ln mots par cellule, {texts} textes différents sur {rows} lignes examinées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>varied sentences: %Ln word(s) a cell, {texts} different texts in {rows} rows looked at</source>
        <translation>
            <numerusform>phrases variées&#xa0;: %Ln mot par cellule, {texts} textes différents sur {rows} lignes examinées</numerusform>
            <numerusform>phrases variées&#xa0;: %Ln mots par cellule, {texts} textes différents sur {rows} lignes examinées</numerusform>
        </translation>
    </message>
    <message>
        <source>header and contents: {what}</source>
        <translation>en-tête et contenu&#xa0;: {what}</translation>
    </message>
    <message>
        <source>contents: {what}</source>
        <translation>contenu&#xa0;: {what}</translation>
    </message>
    <message>
        <source>{reason}; named as the edited text</source>
        <translation>{reason}&#xa0;; son nom désigne le texte révisé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) naming lessons or challenges ({examples})</source>
        <translation>
            <numerusform>%Ln libellé désignant des enseignements ou des défis ({examples})</numerusform>
            <numerusform>%Ln libellés désignant des enseignements ou des défis ({examples})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>header; %Ln label(s) ({examples})</source>
        <translation>
            <numerusform>en-tête&#xa0;; %Ln libellé ({examples})</numerusform>
            <numerusform>en-tête&#xa0;; %Ln libellés ({examples})</numerusform>
        </translation>
    </message>
    <message>
        <source>does not hold a few labels such as &apos;Lesson&apos; or &apos;Challenge&apos;</source>
        <translation>ne contient pas quelques libellés tels que &apos;Enseignement&apos; ou &apos;Défi&apos;</translation>
    </message>
    <message>
        <source>holds codes ({examples}), not titles: each lesson&apos;s title is made from its text (first sentence, near 80 characters)</source>
        <translation>contient des codes ({examples}), pas des titres&#xa0;: le titre de chaque enseignement est tiré de son texte (première phrase, environ 80 caractères)</translation>
    </message>
    <message>
        <source>repeats the same values on many rows ({distinct} different in {filled}; {examples}): not titles, so each title is made from the lesson&apos;s text</source>
        <translation>répète les mêmes valeurs sur de nombreuses lignes ({distinct} différentes sur {filled}&#xa0;; {examples})&#xa0;: ce ne sont pas des titres, donc chaque titre est tiré du texte de l’enseignement</translation>
    </message>
    <message>
        <source>holds long prose, not titles</source>
        <translation>contient de la prose longue, pas des titres</translation>
    </message>
    <message numerus="yes">
        <source>header; short text (%n word(s) a cell)</source>
        <translation>
            <numerusform>en-tête&#xa0;; texte court (%n mot par cellule)</numerusform>
            <numerusform>en-tête&#xa0;; texte court (%n mots par cellule)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>header; short, varied text (%n word(s) a cell)</source>
        <translation>
            <numerusform>en-tête&#xa0;; texte court et varié (%n mot par cellule)</numerusform>
            <numerusform>en-tête&#xa0;; texte court et varié (%n mots par cellule)</numerusform>
        </translation>
    </message>
    <message>
        <source>header; short codes such as {examples}</source>
        <translation>en-tête&#xa0;; codes courts tels que {examples}</translation>
    </message>
    <message>
        <source>contents: short codes repeated on many rows ({examples}); kept on each lesson as its code</source>
        <translation>contenu&#xa0;: codes courts répétés sur de nombreuses lignes ({examples})&#xa0;; conservés comme code de chaque enseignement</translation>
    </message>
    <message>
        <source>contents: short codes ({examples}) where titles were expected; kept on each lesson as its code</source>
        <translation>contenu&#xa0;: codes courts ({examples}) là où des titres étaient attendus&#xa0;; conservés comme code de chaque enseignement</translation>
    </message>
    <message>
        <source>holds sentences, not ids</source>
        <translation>contient des phrases, pas des identifiants</translation>
    </message>
    <message>
        <source>repeats values ({distinct} different in {filled} rows): not an id, ids come from the text</source>
        <translation>répète des valeurs ({distinct} différentes sur {filled} lignes)&#xa0;: ce n’est pas un identifiant, les identifiants sont tirés du texte</translation>
    </message>
    <message>
        <source>header; a different value on every row</source>
        <translation>en-tête&#xa0;; une valeur différente sur chaque ligne</translation>
    </message>
    <message>
        <source>header</source>
        <comment>a column chosen by its header alone</comment>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>header; {share} dates</source>
        <translation>en-tête&#xa0;; {share} de dates</translation>
    </message>
    <message>
        <source>header; {share} years</source>
        <translation>en-tête&#xa0;; {share} d’années</translation>
    </message>
    <message>
        <source>contents: {share} dates</source>
        <translation>contenu&#xa0;: {share} de dates</translation>
    </message>
    <message>
        <source>does not hold dates</source>
        <translation>ne contient pas de dates</translation>
    </message>
    <message>
        <source>holds prose, not short values</source>
        <translation>contient de la prose, pas des valeurs courtes</translation>
    </message>
    <message>
        <source>contents: {share} country names ({examples})</source>
        <translation>contenu&#xa0;: {share} de noms de pays ({examples})</translation>
    </message>
    <message>
        <source>contents: {share} region names ({examples})</source>
        <translation>contenu&#xa0;: {share} de noms de régions ({examples})</translation>
    </message>
    <message>
        <source>the lesson text</source>
        <comment>a lesson&apos;s field</comment>
        <translation>le texte de l’enseignement</translation>
    </message>
    <message>
        <source>the second text</source>
        <comment>a lesson&apos;s field</comment>
        <translation>le second texte</translation>
    </message>
    <message>
        <source>the title</source>
        <comment>a lesson&apos;s field</comment>
        <translation>le titre</translation>
    </message>
    <message>
        <source>the type</source>
        <comment>a lesson&apos;s field</comment>
        <translation>le type</translation>
    </message>
    <message>
        <source>the code</source>
        <comment>a lesson&apos;s field</comment>
        <translation>le code</translation>
    </message>
    <message>
        <source>the country</source>
        <comment>a lesson&apos;s field</comment>
        <translation>le pays</translation>
    </message>
    <message>
        <source>the region</source>
        <comment>a lesson&apos;s field</comment>
        <translation>la région</translation>
    </message>
    <message>
        <source>the sector</source>
        <comment>a lesson&apos;s field</comment>
        <translation>le secteur</translation>
    </message>
    <message>
        <source>the hazard</source>
        <comment>a lesson&apos;s field</comment>
        <translation>l’aléa</translation>
    </message>
    <message>
        <source>the date</source>
        <comment>a lesson&apos;s field</comment>
        <translation>la date</translation>
    </message>
    <message>
        <source>the id</source>
        <comment>a lesson&apos;s field</comment>
        <translation>l’identifiant</translation>
    </message>
    <message>
        <source>the source</source>
        <comment>a lesson&apos;s field</comment>
        <translation>la source</translation>
    </message>
    <message numerus="yes">
        <source>header; %Ln value(s) ({examples})</source>
        <translation>
            <numerusform>en-tête&#xa0;; %Ln valeur ({examples})</numerusform>
            <numerusform>en-tête&#xa0;; %Ln valeurs ({examples})</numerusform>
        </translation>
    </message>
    <message>
        <source>the same text as an earlier row</source>
        <translation>texte identique à celui d’une ligne précédente</translation>
    </message>
    <message>
        <source>the same row as an earlier one</source>
        <translation>ligne identique à une ligne précédente</translation>
    </message>
    <message>
        <source>more or fewer cells than the header&apos;s {cells}: check the quoting (a separator inside a cell must be quoted)</source>
        <translation>plus ou moins de cellules que les {cells} de l’en-tête&#xa0;: vérifiez les guillemets (un séparateur à l’intérieur d’une cellule doit être entre guillemets)</translation>
    </message>
    <message>
        <source>the text cell is empty; the text is taken from &apos;{header}&apos;</source>
        <translation>la cellule du texte est vide&#xa0;; le texte est tiré de &apos;{header}&apos;</translation>
    </message>
    <message numerus="yes">
        <source>it has %n cell(s), the header {header}: check the quoting</source>
        <translation>
            <numerusform>%n cellule contre {header} dans l’en-tête&#xa0;: vérifiez les guillemets</numerusform>
            <numerusform>%n cellules contre {header} dans l’en-tête&#xa0;: vérifiez les guillemets</numerusform>
        </translation>
    </message>
    <message>
        <source>the text cell is empty</source>
        <translation>la cellule du texte est vide</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {most} are accepted</source>
        <translation>le texte compte {length} caractères&#xa0;; {most} au maximum sont acceptés</translation>
    </message>
    <message>
        <source>type &apos;{label}&apos; is neither a lesson nor a challenge; kept as the lesson&apos;s type text</source>
        <translation>le type &apos;{label}&apos; n’est ni un enseignement ni un défi&#xa0;; conservé comme texte du type de l’enseignement</translation>
    </message>
    <message>
        <source>type is {length} characters long, too long for a type; left out</source>
        <translation>le type compte {length} caractères, trop pour un type&#xa0;; écarté</translation>
    </message>
    <message>
        <source>types too long for a type; left out</source>
        <translation>types trop longs pour un type&#xa0;; écartés</translation>
    </message>
    <message>
        <source>country is {length} characters long, too long for a country; left out</source>
        <translation>le pays compte {length} caractères, trop pour un pays&#xa0;; écarté</translation>
    </message>
    <message>
        <source>country values too long for a country; left out</source>
        <translation>valeurs de pays trop longues pour un pays&#xa0;; écartées</translation>
    </message>
    <message>
        <source>region is {length} characters long, too long for a region; left out</source>
        <translation>la région compte {length} caractères, trop pour une région&#xa0;; écartée</translation>
    </message>
    <message>
        <source>region values too long for a region; left out</source>
        <translation>valeurs de région trop longues pour une région&#xa0;; écartées</translation>
    </message>
    <message>
        <source>sector is {length} characters long, too long for a sector; left out</source>
        <translation>le secteur compte {length} caractères, trop pour un secteur&#xa0;; écarté</translation>
    </message>
    <message>
        <source>sector values too long for a sector; left out</source>
        <translation>valeurs de secteur trop longues pour un secteur&#xa0;; écartées</translation>
    </message>
    <message>
        <source>hazard is {length} characters long, too long for a hazard; left out</source>
        <translation>l’aléa compte {length} caractères, trop pour un aléa&#xa0;; écarté</translation>
    </message>
    <message>
        <source>hazard values too long for a hazard; left out</source>
        <translation>valeurs d’aléa trop longues pour un aléa&#xa0;; écartées</translation>
    </message>
    <message numerus="yes">
        <source>{field}: &apos;{spelling}&apos; (%n row(s)) merged into &apos;{winner}&apos;</source>
        <translation>
            <numerusform>{field}&#xa0;: &apos;{spelling}&apos; (%n ligne) fusionné avec &apos;{winner}&apos;</numerusform>
            <numerusform>{field}&#xa0;: &apos;{spelling}&apos; (%n lignes) fusionné avec &apos;{winner}&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>the same text as an earlier row; its {values} not kept</source>
        <translation>texte identique à celui d’une ligne précédente&#xa0;; valeurs non conservées&#xa0;: {values}</translation>
    </message>
    <message>
        <source>the id cell is empty; the id is made from the text, so a change to the text will make it a new lesson</source>
        <translation>la cellule de l’identifiant est vide&#xa0;; l’identifiant est tiré du texte, donc toute modification du texte en fera un nouvel enseignement</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is reserved for the spreadsheet&apos;s own entry in the pack; give the row another id</source>
        <translation>l’identifiant &apos;{id}&apos; est réservé à la fiche de la feuille de calcul elle-même dans le module&#xa0;; donnez un autre identifiant à la ligne</translation>
    </message>
    <message>
        <source>the same id as an earlier row</source>
        <translation>identifiant identique à celui d’une ligne précédente</translation>
    </message>
    <message>
        <source>January</source>
        <comment>month</comment>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month</comment>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month</comment>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month</comment>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month</comment>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month</comment>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month</comment>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month</comment>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month</comment>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month</comment>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month</comment>
        <translation>décembre</translation>
    </message>
    <message>
        <source>times of day, not dates; kept as written</source>
        <translation>heures et non dates&#xa0;; conservées telles qu’écrites</translation>
    </message>
    <message>
        <source>dates with a two-digit year; kept as written</source>
        <translation>dates avec une année à deux chiffres&#xa0;; conservées telles qu’écrites</translation>
    </message>
    <message>
        <source>dates that could be day-first or month-first; kept as written with their year (choose the date order to read them)</source>
        <translation>dates pouvant se lire jour d’abord ou mois d’abord&#xa0;; conservées telles qu’écrites avec leur année (choisissez l’ordre des dates pour les lire)</translation>
    </message>
    <message>
        <source>dates that are not on the calendar; kept as written</source>
        <translation>dates qui n’existent pas dans le calendrier&#xa0;; conservées telles qu’écrites</translation>
    </message>
    <message>
        <source>dates in an implausible year for a lesson; kept as written</source>
        <translation>dates d’une année invraisemblable pour un enseignement&#xa0;; conservées telles qu’écrites</translation>
    </message>
    <message>
        <source>dates this import cannot read; kept as written</source>
        <translation>dates que cette importation ne sait pas lire&#xa0;; conservées telles qu’écrites</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; is a time of day, not a date; kept as written</source>
        <translation>la date &apos;{date}&apos; est une heure et non une date&#xa0;; conservée telle qu’écrite</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; could be {day} {month} or {other_day} {other_month} {year}; kept as written (year {year} kept). Choose the date order to read such dates (the import dialog&apos;s Date order, or dates: in a mapping file)</source>
        <translation>la date &apos;{date}&apos; pourrait être le {day} {month} ou le {other_day} {other_month} {year}&#xa0;; conservée telle qu’écrite (année {year} conservée). Choisissez l’ordre des dates pour lire ces dates (Ordre des dates dans la boîte de dialogue d’importation, ou dates: dans un fichier de correspondance)</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; is not a date of the calendar; kept as written</source>
        <translation>la date &apos;{date}&apos; n’existe pas dans le calendrier&#xa0;; conservée telle qu’écrite</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; has a two-digit year, which could be 19{year} or 20{year}; kept as written</source>
        <translation>la date &apos;{date}&apos; a une année à deux chiffres, qui pourrait être 19{year} ou 20{year}&#xa0;; conservée telle qu’écrite</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; is not a date this import can read; kept as written</source>
        <translation>la date &apos;{date}&apos; ne peut pas être lue par cette importation&#xa0;; conservée telle qu’écrite</translation>
    </message>
    <message>
        <source>date &apos;{date}&apos; falls in {year}, which is implausible for a lesson (before {earliest} or after {latest}); kept as written</source>
        <translation>la date &apos;{date}&apos; tombe en {year}, année invraisemblable pour un enseignement (avant {earliest} ou après {latest})&#xa0;; conservée telle qu’écrite</translation>
    </message>
    <message>
        <source>{reason} (row {row}, which was kept)</source>
        <translation>{reason} (ligne {row}, qui a été conservée)</translation>
    </message>
    <message>
        <source>{path}: the report cannot be written ({reason}).</source>
        <translation>{path}&#xa0;: impossible d’écrire le rapport ({reason}).</translation>
    </message>
    <message>
        <source>no longer in the file</source>
        <translation>ne figure plus dans le fichier</translation>
    </message>
    <message>
        <source>chosen from the headers and the contents, with the settings of {path}</source>
        <translation>choisie d’après les en-têtes et le contenu, avec les réglages de {path}</translation>
    </message>
    <message>
        <source>The pack id &apos;{pack_id}&apos; cannot be used for {file}: a pack id is lowercase letters, digits and hyphens, e.g. {example}.</source>
        <translation>L’identifiant de module &apos;{pack_id}&apos; ne peut pas être utilisé pour {file}&#xa0;: un identifiant de module se compose de lettres minuscules, de chiffres et de traits d’union, p. ex. {example}.</translation>
    </message>
    <message>
        <source>The pack id &apos;{pack_id}&apos; belongs to a pack bundled with the application; choose another pack id.</source>
        <translation>L’identifiant de module &apos;{pack_id}&apos; appartient à un module fourni avec l’application&#xa0;; choisissez un autre identifiant de module.</translation>
    </message>
    <message>
        <source>The import of {file} was cancelled; nothing was changed.</source>
        <translation>L’importation de {file} a été annulée&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>chosen from the headers and the contents</source>
        <translation>choisie d’après les en-têtes et le contenu</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field{hint}; fields are: {fields}</source>
        <translation>&apos;{name}&apos; n’est pas un champ{hint}&#xa0;; champs possibles&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>{field}: {file} has no column named &apos;{header}&apos; (did you mean &apos;{close}&apos;?); its columns are: {columns}</source>
        <translation>{field}&#xa0;: {file} n’a aucune colonne nommée &apos;{header}&apos; (vouliez-vous dire &apos;{close}&apos;&#xa0;?)&#xa0;; ses colonnes sont&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>{field}: {file} has no column named &apos;{header}&apos;; its columns are: {columns}</source>
        <translation>{field}&#xa0;: {file} n’a aucune colonne nommée &apos;{header}&apos;&#xa0;; ses colonnes sont&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>no column holds the lesson text: no column of {file} ({columns}) holds prose or is named like it; {notes}; name it in a mapping file, e.g. columns: {{text: &quot;Lesson learned&quot;}}</source>
        <translation>aucune colonne ne contient le texte des enseignements&#xa0;: aucune colonne de {file} ({columns}) ne contient de prose ni ne porte un nom qui l’indique&#xa0;; {notes}&#xa0;; indiquez-la dans un fichier de correspondance, p. ex. columns: {{text: &quot;Lesson learned&quot;}}</translation>
    </message>
    <message>
        <source>no column holds the lesson text: no column of {file} ({columns}) holds prose or is named like it; name it in a mapping file, e.g. columns: {{text: &quot;Lesson learned&quot;}}</source>
        <translation>aucune colonne ne contient le texte des enseignements&#xa0;: aucune colonne de {file} ({columns}) ne contient de prose ni ne porte un nom qui l’indique&#xa0;; indiquez-la dans un fichier de correspondance, p. ex. columns: {{text: &quot;Lesson learned&quot;}}</translation>
    </message>
    <message>
        <source>dates: must be {day_first} or {month_first} (found &apos;{found}&apos;)</source>
        <translation>dates&#xa0;: doit valoir {day_first} ou {month_first} (valeur trouvée&#xa0;: &apos;{found}&apos;)</translation>
    </message>
    <message>
        <source>{path}: no such mapping file.</source>
        <translation>{path}&#xa0;: fichier de correspondance introuvable.</translation>
    </message>
    <message>
        <source>{path}: the mapping file cannot be read ({reason}).</source>
        <translation>{path}&#xa0;: impossible de lire le fichier de correspondance ({reason}).</translation>
    </message>
    <message>
        <source>{path}: a mapping file needs &apos;columns:&apos;, a mapping of field to column header, e.g. columns: {{text: &quot;Lesson learned&quot;, country: Country}}, or only settings (sheet, language, pack_title, dates), with the columns then chosen for you</source>
        <translation>{path}&#xa0;: un fichier de correspondance doit contenir &apos;columns:&apos;, qui associe chaque champ à un en-tête de colonne, p. ex. columns: {{text: &quot;Lesson learned&quot;, country: Country}}, ou seulement des réglages (sheet, language, pack_title, dates), les colonnes étant alors choisies automatiquement</translation>
    </message>
    <message>
        <source>{path}:{line}: &apos;{key}&apos; is not a mapping setting{hint}; settings are: {settings}</source>
        <translation>{path}:{line}&#xa0;: &apos;{key}&apos; n’est pas un réglage de correspondance{hint}&#xa0;; réglages possibles&#xa0;: {settings}</translation>
    </message>
    <message>
        <source>{path}:{line}: &apos;{name}&apos; is not a field{hint}; fields are: {fields}</source>
        <translation>{path}:{line}&#xa0;: &apos;{name}&apos; n’est pas un champ{hint}&#xa0;; champs possibles&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>{path}:{line}: columns.{name}: must be the header of a column</source>
        <translation>{path}:{line}&#xa0;: columns.{name}&#xa0;: doit être l’en-tête d’une colonne</translation>
    </message>
    <message>
        <source>{path}:{line}: {key}: must be text</source>
        <translation>{path}:{line}&#xa0;: {key}&#xa0;: doit être du texte</translation>
    </message>
    <message>
        <source>{path}:{line}: language: must be a language tag such as en, fr, ar or es-419</source>
        <translation>{path}:{line}&#xa0;: language&#xa0;: doit être une balise de langue comme en, fr, ar ou es-419</translation>
    </message>
    <message>
        <source>The installed pack &apos;{pack_id}&apos; ({location}) cannot be read to compare with ({reason}); remove it or choose another pack id.</source>
        <translation>Impossible de lire le module installé &apos;{pack_id}&apos; ({location}) pour le comparer à l’importation ({reason})&#xa0;; supprimez-le ou choisissez un autre identifiant de module.</translation>
    </message>
    <message>
        <source>The pack &apos;{pack_id}&apos; is installed ({location}) but was not made by import-lessons, so importing would replace it; choose another pack id.</source>
        <translation>Le module &apos;{pack_id}&apos; est installé ({location}) mais n’a pas été créé par import-lessons, si bien que l’importation le remplacerait&#xa0;; choisissez un autre identifiant de module.</translation>
    </message>
    <message>
        <source>{path}: the old Excel format (.xls) cannot be read; save the file as .xlsx or CSV.</source>
        <translation>{path}&#xa0;: l’ancien format Excel (.xls) ne peut pas être lu&#xa0;; enregistrez le fichier au format .xlsx ou CSV.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}&#xa0;: lecture impossible ({reason}).</translation>
    </message>
    <message>
        <source>{path}: a sheet (&apos;{sheet}&apos;) can only be chosen in an Excel workbook, not in a CSV file.</source>
        <translation>{path}&#xa0;: une feuille (&apos;{sheet}&apos;) ne peut être choisie que dans un classeur Excel, pas dans un fichier CSV.</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message numerus="yes">
        <source>UTF-8 (%n line(s) in Windows-1252)</source>
        <translation>
            <numerusform>UTF-8 (%n ligne en Windows-1252)</numerusform>
            <numerusform>UTF-8 (%n lignes en Windows-1252)</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: looks like UTF-16 text but is damaged at byte {byte} ({reason}); save it again as UTF-8 CSV.</source>
        <translation>{path}&#xa0;: semble être du texte UTF-16, mais est endommagé à l’octet {byte} ({reason})&#xa0;; enregistrez-le de nouveau en CSV UTF-8.</translation>
    </message>
    <message>
        <source>{path}: holds NUL bytes after decoding it as {encoding}: not a text (CSV) file. Export the sheet as CSV or XLSX.</source>
        <translation>{path}&#xa0;: contient des octets NUL une fois décodé en {encoding}&#xa0;: ce n’est pas un fichier texte (CSV). Exportez la feuille au format CSV ou XLSX.</translation>
    </message>
    <message>
        <source>{path}: row {row}: {reason}</source>
        <translation>{path}&#xa0;: ligne {row}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>CSV, {encoding}, separated by commas</source>
        <translation>CSV, {encoding}, séparé par des virgules</translation>
    </message>
    <message>
        <source>CSV, {encoding}, separated by semicolons</source>
        <translation>CSV, {encoding}, séparé par des points-virgules</translation>
    </message>
    <message>
        <source>CSV, {encoding}, separated by tabs</source>
        <translation>CSV, {encoding}, séparé par des tabulations</translation>
    </message>
    <message>
        <source>CSV, {encoding}, separated by vertical bars</source>
        <translation>CSV, {encoding}, séparé par des barres verticales</translation>
    </message>
    <message>
        <source>{path}: not a readable Excel workbook (.xlsx): {reason}</source>
        <translation>{path}&#xa0;: classeur Excel (.xlsx) illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path}: has no sheet named &apos;{sheet}&apos;; its sheets are: {sheets}.</source>
        <translation>{path}&#xa0;: aucune feuille nommée &apos;{sheet}&apos;&#xa0;; ses feuilles sont&#xa0;: {sheets}.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet &apos;{sheet}&apos;</source>
        <translation>Classeur Excel, feuille &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>{path}: the workbook is damaged and cannot be read ({reason}).</source>
        <translation>{path}&#xa0;: le classeur est endommagé et ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>{path}: every sheet is empty; a header row naming the columns is needed, then one lesson per row.</source>
        <translation>{path}&#xa0;: toutes les feuilles sont vides&#xa0;; il faut une ligne d’en-tête nommant les colonnes, puis un enseignement par ligne.</translation>
    </message>
    <message>
        <source>{path}: is empty; a header row naming the columns is needed, then one lesson per row.</source>
        <translation>{path}&#xa0;: le fichier est vide&#xa0;; il faut une ligne d’en-tête nommant les colonnes, puis un enseignement par ligne.</translation>
    </message>
    <message numerus="yes">
        <source>{description}, header on row {row} (the %n row(s) above it left out)</source>
        <translation>
            <numerusform>{description}, en-tête à la ligne {row} (%n ligne au-dessus ignorée)</numerusform>
            <numerusform>{description}, en-tête à la ligne {row} (les %n lignes au-dessus ignorées)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to back up yet: {path} is made when the first note, bookmark or comparison is saved.</source>
        <translation>Il n’y a encore rien à sauvegarder&#xa0;: {path} est créé lors de l’enregistrement de la première note, du premier signet ou de la première comparaison.</translation>
    </message>
    <message>
        <source>{path} is the notes file itself; choose a backup to restore.</source>
        <translation>{path} est le fichier de notes lui-même&#xa0;; choisissez une sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {problem}. Your notes file was not changed.</source>
        <translation>Impossible de restaurer {path}&#xa0;: {problem}. Votre fichier de notes n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Compare between {least} and {most} models; {given} given.</source>
        <translation>Une comparaison porte sur {least} à {most} modèles&#xa0;; nombre indiqué&#xa0;: {given}.</translation>
    </message>
    <message>
        <source>Each model can appear once in a comparison; repeated: {repeated}.</source>
        <translation>Chaque modèle ne peut figurer qu’une fois dans une comparaison&#xa0;; en double&#xa0;: {repeated}.</translation>
    </message>
    <message>
        <source>No pack &apos;{id}&apos;. Packs: {packs}.</source>
        <translation>Aucun module &apos;{id}&apos;. Modules&#xa0;: {packs}.</translation>
    </message>
    <message>
        <source>No pack &apos;{id}&apos;. Packs: none.</source>
        <translation>Aucun module &apos;{id}&apos;. Modules&#xa0;: aucun.</translation>
    </message>
    <message>
        <source>The passage “{passage}” is not in {title} ({uid}); quote the words as the entry has them.</source>
        <translation>Le passage “{passage}” ne figure pas dans {title} ({uid})&#xa0;; citez les mots tels qu’ils figurent dans la fiche.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message numerus="yes">
        <source>it is damaged (%n problem(s); the first: {first})</source>
        <translation>
            <numerusform>le fichier est endommagé (%n problème&#xa0;; le premier&#xa0;: {first})</numerusform>
            <numerusform>le fichier est endommagé (%n problèmes&#xa0;; le premier&#xa0;: {first})</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not a Partnership Atlas notes file</source>
        <translation>ce n’est pas un fichier de notes Partnership Atlas</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Partnership Atlas ({steps})</source>
        <translation>le fichier a été enregistré par une version plus récente de Partnership Atlas ({steps})</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>le fichier est illisible ({reason})</translation>
    </message>
    <message>
        <source>The backup {path} failed its check ({problem}) and was not kept; your notes file was not changed.</source>
        <translation>La sauvegarde {path} n’a pas passé la vérification ({problem}) et n’a pas été conservée&#xa0;; votre fichier de notes n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The backup {path} could not be made ({reason}); your notes file was not changed.</source>
        <translation>La sauvegarde {path} n’a pas pu être créée ({reason})&#xa0;; votre fichier de notes n’a pas été modifié.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>le fichier ou son dossier est en lecture seule</translation>
    </message>
    <message>
        <source>a file could not be created beside it (is the folder read-only?)</source>
        <translation>impossible de créer un fichier à côté (le dossier est-il en lecture seule&#xa0;?)</translation>
    </message>
    <message>
        <source>permission to write was refused</source>
        <translation>l’autorisation d’écrire a été refusée</translation>
    </message>
    <message>
        <source>another Partnership Atlas window or command is writing to it; try again in a moment</source>
        <translation>une autre fenêtre ou commande Partnership Atlas est en train d’y écrire&#xa0;; réessayez dans un instant</translation>
    </message>
    <message>
        <source>its contents cannot be read ({reason})</source>
        <translation>son contenu est illisible ({reason})</translation>
    </message>
    <message>
        <source>the disk reported an error while writing ({reason})</source>
        <translation>le disque a signalé une erreur lors de l’écriture ({reason})</translation>
    </message>
    <message>
        <source>A saved comparison needs a name.</source>
        <translation>Une comparaison enregistrée doit avoir un nom.</translation>
    </message>
    <message>
        <source>A comparison named &apos;{name}&apos; already exists; choose another name.</source>
        <translation>Une comparaison nommée &apos;{name}&apos; existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>No saved comparison with id &apos;{id}&apos;.</source>
        <translation>Aucune comparaison enregistrée avec l’identifiant &apos;{id}&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{ref}&apos; matches %n saved comparisons; give more characters of the id.</source>
        <translation>
            <numerusform>&apos;{ref}&apos; correspond à %n comparaison enregistrée&#xa0;; indiquez davantage de caractères de l’identifiant.</numerusform>
            <numerusform>&apos;{ref}&apos; correspond à %n comparaisons enregistrées&#xa0;; indiquez davantage de caractères de l’identifiant.</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved comparison &apos;{ref}&apos;. Saved comparisons: {known}.</source>
        <translation>Aucune comparaison enregistrée &apos;{ref}&apos;. Comparaisons enregistrées&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>No saved comparison &apos;{ref}&apos;. You have no saved comparisons yet; save one from the comparison view of the window.</source>
        <translation>Aucune comparaison enregistrée &apos;{ref}&apos;. Vous n’avez encore enregistré aucune comparaison&#xa0;; enregistrez-en une depuis la vue de comparaison de la fenêtre.</translation>
    </message>
    <message>
        <source>Unknown note target kind &apos;{kind}&apos;; use one of {kinds}.</source>
        <translation>Type de cible de note inconnu &apos;{kind}&apos;&#xa0;; utilisez l’un des suivants&#xa0;: {kinds}.</translation>
    </message>
    <message>
        <source>Note {id} is already in the trash.</source>
        <translation>La note {id} est déjà dans la corbeille.</translation>
    </message>
    <message>
        <source>Note {id} is not in the trash; there is nothing to restore.</source>
        <translation>La note {id} n’est pas dans la corbeille&#xa0;; il n’y a rien à restaurer.</translation>
    </message>
    <message>
        <source>Only a note in the trash can be purged; delete it first.</source>
        <translation>Seule une note placée dans la corbeille peut être supprimée définitivement&#xa0;; supprimez-la d’abord.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{ref}&apos; matches %n notes; give more characters of the id.</source>
        <translation>
            <numerusform>&apos;{ref}&apos; correspond à %n note&#xa0;; indiquez davantage de caractères de l’identifiant.</numerusform>
            <numerusform>&apos;{ref}&apos; correspond à %n notes&#xa0;; indiquez davantage de caractères de l’identifiant.</numerusform>
        </translation>
    </message>
    <message>
        <source>No note with id &apos;{id}&apos;.</source>
        <translation>Aucune note avec l’identifiant &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>Note &apos;{id}&apos; is in the trash; restore it first.</source>
        <translation>La note &apos;{id}&apos; est dans la corbeille&#xa0;; restaurez-la d’abord.</translation>
    </message>
    <message>
        <source>Note {id} has revisions 1 to {last}; there is no revision {number}.</source>
        <translation>La note {id} a les révisions 1 à {last}&#xa0;; il n’existe pas de révision {number}.</translation>
    </message>
    <message>
        <source>Note &apos;{id}&apos; has no revision {revision}.</source>
        <translation>La note &apos;{id}&apos; n’a pas de révision {revision}.</translation>
    </message>
    <message>
        <source>it could not be moved aside to {name}: {reason}</source>
        <translation>le fichier n’a pas pu être mis de côté sous le nom {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>it could not be copied aside before restoring ({reason})</source>
        <translation>le fichier n’a pas pu être copié à part avant la restauration ({reason})</translation>
    </message>
    <message>
        <source>the backup {path} could not be restored into it ({reason})</source>
        <translation>la sauvegarde {path} n’a pas pu y être restaurée ({reason})</translation>
    </message>
    <message>
        <source>the backup {path} could not be copied ({reason})</source>
        <translation>la sauvegarde {path} n’a pas pu être copiée ({reason})</translation>
    </message>
    <message>
        <source>larger than {size} MB; not read</source>
        <translation>plus de {size} Mo&#xa0;; non lu</translation>
    </message>
    <message>
        <source>not whole or not a change file (still being copied?); read again at the next sync</source>
        <translation>incomplet ou pas un fichier de modifications (copie en cours&#xa0;?)&#xa0;; relu à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>cannot be read ({reason}); read again at the next sync</source>
        <translation>illisible ({reason})&#xa0;; relu à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>not a Partnership Atlas change file</source>
        <translation>pas un fichier de modifications de Partnership Atlas</translation>
    </message>
    <message>
        <source>written by a newer version of Partnership Atlas; update this one to read it</source>
        <translation>écrit par une version plus récente de Partnership Atlas&#xa0;; mettez celle-ci à jour pour le lire</translation>
    </message>
    <message>
        <source>names another device or number than its place in the folder</source>
        <translation>indique un autre appareil ou un autre numéro que sa place dans le dossier</translation>
    </message>
    <message>
        <source>holds changes this version cannot understand</source>
        <translation>contient des modifications que cette version ne comprend pas</translation>
    </message>
    <message>
        <source>The sync folder {folder} is not there (a stick not plugged in, a share not connected?); nothing was changed.</source>
        <translation>Le dossier de synchronisation {folder} est introuvable (clé non branchée, partage non connecté&#xa0;?)&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The sync folder {folder} could not be used ({reason}); what was read before is kept, the rest is read at the next sync.</source>
        <translation>Le dossier de synchronisation {folder} n’a pas pu être utilisé ({reason})&#xa0;; ce qui a été lu est conservé, le reste sera lu à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>{path}: file {missing} of this device is not in the folder yet; its later files wait for it.</source>
        <translation>{path}&#xa0;: le fichier {missing} de cet appareil n’est pas encore dans le dossier&#xa0;; ses fichiers suivants l’attendent.</translation>
    </message>
    <message>
        <source>Device {device}&apos;s clock is ahead (its file {seq} is dated {written}); its changes are ordered by their own count, so nothing is lost.</source>
        <translation>L’horloge de l’appareil {device} est en avance (son fichier {seq} est daté du {written})&#xa0;; ses modifications sont ordonnées par leur propre compteur, rien n’est donc perdu.</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a date; write it as year-month-day, e.g. 2026-12-05.</source>
        <translation>&apos;{day}&apos; n’est pas une date&#xa0;; écrivez-la sous la forme année-mois-jour, p. ex. 2026-12-05.</translation>
    </message>
    <message>
        <source>A brief needs a title.</source>
        <translation>Un dossier doit avoir un titre.</translation>
    </message>
    <message>
        <source>The brief &apos;{title}&apos; is in the Trash; restore it first.</source>
        <translation>Le dossier &apos;{title}&apos; est dans la Corbeille&#xa0;; restaurez-le d’abord.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{ref}&apos; matches %n briefs; give more characters of the id.</source>
        <translation>
            <numerusform>&apos;{ref}&apos; correspond à %n dossier&#xa0;; indiquez davantage de caractères de l’identifiant.</numerusform>
            <numerusform>&apos;{ref}&apos; correspond à %n dossiers&#xa0;; indiquez davantage de caractères de l’identifiant.</numerusform>
        </translation>
    </message>
    <message>
        <source>No brief &apos;{ref}&apos;. List them with: partnership-atlas brief list</source>
        <translation>Aucun dossier &apos;{ref}&apos;. Pour afficher la liste des dossiers&#xa0;: partnership-atlas brief list</translation>
    </message>
    <message>
        <source>The brief &apos;{title}&apos; is not in the Trash; there is nothing to restore.</source>
        <translation>Le dossier &apos;{title}&apos; n’est pas dans la Corbeille&#xa0;; il n’y a rien à restaurer.</translation>
    </message>
    <message>
        <source>Only a brief in the Trash can be deleted for good; move it to the Trash first.</source>
        <translation>Seul un dossier placé dans la Corbeille peut être supprimé définitivement&#xa0;; placez-le d’abord dans la Corbeille.</translation>
    </message>
    <message>
        <source>Unknown brief item kind &apos;{kind}&apos;; use one of {kinds}.</source>
        <translation>Type d’élément de dossier inconnu &apos;{kind}&apos;&#xa0;; utilisez l’un des suivants&#xa0;: {kinds}.</translation>
    </message>
    <message>
        <source>The brief &apos;{title}&apos; has no item &apos;{id}&apos;.</source>
        <translation>Le dossier &apos;{title}&apos; ne contient aucun élément &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>The brief has revisions 1 to {last}; there is no revision {number}.</source>
        <translation>Le dossier a les révisions 1 à {last}&#xa0;; il n’existe pas de révision {number}.</translation>
    </message>
    <message>
        <source>Unknown brief item kind &apos;{kind}&apos;; use entry, comparison or note.</source>
        <translation>Type d’élément de dossier inconnu &apos;{kind}&apos;&#xa0;; utilisez entry, comparison ou note.</translation>
    </message>
    <message>
        <source>“{title}” is already in this brief (item {number}).</source>
        <translation>« {title} » est déjà dans ce dossier (élément {number}).</translation>
    </message>
    <message>
        <source>Add to Brief</source>
        <translation>Ajouter au dossier</translation>
    </message>
    <message>
        <source>Add the entry or comparison on screen to the brief you are preparing</source>
        <translation>Ajouter la fiche ou la comparaison affichée au dossier en cours de préparation</translation>
    </message>
    <message>
        <source>Show Brief</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <source>New Brief…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Undo Delete Brief</source>
        <translation>Annuler la suppression du dossier</translation>
    </message>
    <message>
        <source>&amp;Rename Brief…</source>
        <translation>&amp;Renommer le dossier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Brief</source>
        <translation>D&amp;upliquer le dossier</translation>
    </message>
    <message>
        <source>&amp;Delete Brief</source>
        <translation>&amp;Supprimer le dossier</translation>
    </message>
    <message>
        <source>Open a brief first: the navigator lists them under Briefs.</source>
        <translation>Ouvrez d’abord un dossier&#xa0;: le navigateur les liste sous Dossiers.</translation>
    </message>
    <message>
        <source>Save the comparison first (Ctrl+S), then add it to a brief.</source>
        <translation>Enregistrez d’abord la comparaison (Ctrl+S), puis ajoutez-la à un dossier.</translation>
    </message>
    <message>
        <source>Open an entry, a note or a saved comparison, then add it to a brief.</source>
        <translation>Ouvrez une fiche, une note ou une comparaison enregistrée, puis ajoutez-la à un dossier.</translation>
    </message>
    <message>
        <source>Brief of %1</source>
        <translation>Dossier du %1</translation>
    </message>
    <message>
        <source>Already in the brief “%1”.</source>
        <translation>Déjà dans le dossier “%1”.</translation>
    </message>
    <message>
        <source>Added “%1” to the brief “%2” (Ctrl+Shift+M shows it).</source>
        <translation>Élément “%1” ajouté au dossier “%2” (Ctrl+Shift+M pour l’afficher).</translation>
    </message>
    <message>
        <source>New Brief</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Title of the brief, e.g. the meeting it is for:</source>
        <translation>Titre du dossier, p. ex. la réunion à laquelle il est destiné&#xa0;:</translation>
    </message>
    <message>
        <source>Rename Brief</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nouveau titre&#xa0;:</translation>
    </message>
    <message>
        <source>Made “%1”.</source>
        <translation>Dossier “%1” créé.</translation>
    </message>
    <message>
        <source>Moved the brief “%1” to the Trash (Brief &gt; Undo Delete Brief brings it back).</source>
        <translation>Dossier “%1” placé dans la Corbeille (Dossier &gt; Annuler la suppression du dossier pour le récupérer).</translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation>Supprimer définitivement&#xa0;?</translation>
    </message>
    <message>
        <source>This brief and all its revisions will be deleted for good. This cannot be undone.</source>
        <translation>Ce dossier et toutes ses révisions seront définitivement supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>This brief is in the Trash. Right-click it to restore it or delete it for good.</source>
        <translation>Ce dossier est dans la Corbeille. Cliquez dessus avec le bouton droit pour le restaurer ou le supprimer définitivement.</translation>
    </message>
    <message>
        <source>Export Brief as PDF…</source>
        <translation>Exporter le dossier en PDF…</translation>
    </message>
    <message>
        <source>Export Brief as OpenDocument Text…</source>
        <translation>Exporter le dossier en texte OpenDocument…</translation>
    </message>
    <message>
        <source>Export Brief as Markdown…</source>
        <translation>Exporter le dossier en Markdown…</translation>
    </message>
    <message>
        <source>Print Brief…</source>
        <translation>Imprimer le dossier…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Brief</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message numerus="yes">
        <source>Exported the brief to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Dossier exporté vers %1 (%n page).</numerusform>
            <numerusform>Dossier exporté vers %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the brief to %1.</source>
        <translation>Dossier exporté vers %1.</translation>
    </message>
    <message>
        <source>Could not export the brief: %1</source>
        <translation>Impossible d’exporter le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print Brief</source>
        <translation>Imprimer le dossier</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l’imprimante.</numerusform>
            <numerusform>%n pages envoyées à l’imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — page %2 sur %3</translation>
    </message>
    <message>
        <source>{path}: could not be written ({reason}).</source>
        <translation>{path}&#xa0;: écriture impossible ({reason}).</translation>
    </message>
    <message>
        <source>(detached)</source>
        <comment>a brief&apos;s item</comment>
        <translation>(détaché)</translation>
    </message>
</context>
<context>
    <name>BriefHistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Historique de “%1”</translation>
    </message>
    <message>
        <source>Brief history</source>
        <translation>Historique du dossier</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Make this version the brief as it stands; the brief as it is now stays in the history.</source>
        <translation>Faire de cette version le dossier tel qu’il est&#xa0;; le dossier actuel reste dans l’historique.</translation>
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
        <translation>&amp;Historique du dossier…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>Meeting or counterpart</source>
        <translation>Réunion ou interlocuteur</translation>
    </message>
    <message>
        <source>e.g. Humanitarian desk, Ministry of Foreign Affairs</source>
        <translation>p. ex. service de l’aide humanitaire, ministère des Affaires étrangères</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Introduction: what the meeting is about and what you want from it (Markdown: **bold**, *italic*, - lists)</source>
        <translation>Introduction&#xa0;: objet de la réunion et ce que vous en attendez (Markdown&#xa0;: **gras**, *italique*, - listes)</translation>
    </message>
    <message>
        <source>Items of the brief</source>
        <translation>Éléments du dossier</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Déplacer vers le haut</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Déplacer vers le bas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove from Brief</source>
        <translation>Retirer du dossier</translation>
    </message>
    <message>
        <source>&amp;Undo Remove</source>
        <translation>&amp;Annuler le retrait</translation>
    </message>
    <message>
        <source>Comment on the chosen item</source>
        <translation>Commentaire sur l’élément choisi</translation>
    </message>
    <message>
        <source>A short comment on the chosen item, shown with it</source>
        <translation>Un bref commentaire sur l’élément choisi, affiché avec lui</translation>
    </message>
    <message>
        <source>The brief as it will read</source>
        <translation>Le dossier tel qu’il se présentera</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Dat&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Réunion&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>I&amp;ntroduction:</source>
        <translation>Introd&amp;uction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Items (drag to reorder, or Alt+Up and Alt+Down):</source>
        <translation>Élément&amp;s (faites-les glisser pour changer l’ordre, ou Alt+Up et Alt+Down)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>Co&amp;mmentaire&#xa0;:</translation>
    </message>
    <message>
        <source>No brief is open.

A brief gathers the models, lessons, comparisons and notes you need for a meeting into one document to print or send. Add what you are reading with Add to Brief (Ctrl+B), or start one here.</source>
        <translation>Aucun dossier n’est ouvert.

Un dossier rassemble en un seul document, à imprimer ou à envoyer, les modèles, enseignements, comparaisons et notes dont vous avez besoin pour une réunion. Ajoutez ce que vous lisez avec Ajouter au dossier (Ctrl+B), ou créez-en un ici.</translation>
    </message>
    <message>
        <source>New Brief…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>A brief needs a title: it keeps “%1”.</source>
        <translation>Un dossier doit avoir un titre&#xa0;: il garde « %1 ».</translation>
    </message>
    <message>
        <source>Removed “%1” from the brief (Ctrl+Z puts it back).</source>
        <translation>« %1 » a été retiré du dossier (Ctrl+Z le remet).</translation>
    </message>
    <message>
        <source>“%1” is no longer in the installed packs or your notes; the brief shows it as it was when it was added.</source>
        <translation>« %1 » n’est plus dans les modules installés ni dans vos notes&#xa0;; le dossier le montre tel qu’il était quand il a été ajouté.</translation>
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
    <name>HistoryDialog</name>
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
        <source>%1 (current)</source>
        <translation>%1 (actuelle)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved version(s). Select one to read it.</source>
        <translation>
            <numerusform>%n version enregistrée. Sélectionnez-la pour la lire.</numerusform>
            <numerusform>%n versions enregistrées. Sélectionnez-en une pour la lire.</numerusform>
        </translation>
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
        <source>Reader, comparison or brief</source>
        <translation>Lecteur, comparaison ou dossier</translation>
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
        <source>Brief</source>
        <translation>Dossier</translation>
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
        <source>Sync Notes Now</source>
        <translation>Synchroniser les notes maintenant</translation>
    </message>
    <message>
        <source>Sync Folder…</source>
        <translation>Dossier de synchronisation…</translation>
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
        <source>Add to Brief</source>
        <translation>Ajouter au dossier</translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation>Retirer le signet</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move the brief to the Trash</source>
        <translation>Placer le dossier dans la Corbeille</translation>
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
        <source>Keep This Text</source>
        <translation>Garder ce texte</translation>
    </message>
    <message>
        <source>This text is the one kept: the mark goes here and on your other devices</source>
        <translation>Ce texte est celui qu’on garde&#xa0;: la marque disparaît ici et sur vos autres appareils</translation>
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
        <source>Edited on two devices before they synced: this is the text edited last; the other is in its History. Keep this one, or restore the other from the History.</source>
        <translation>Modifiée sur deux appareils avant leur synchronisation&#xa0;: voici le texte modifié en dernier&#xa0;; l’autre est dans son Historique. Gardez celui-ci ou rétablissez l’autre depuis l’Historique.</translation>
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
        <source>Edited on two devices</source>
        <translation>Modifiée sur deux appareils</translation>
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
    <message>
        <source>Edited on two devices before they synced: both texts are in its History.</source>
        <translation>Modifiée sur deux appareils avant leur synchronisation&#xa0;: les deux textes sont dans son Historique.</translation>
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
        <source>Add to Brief</source>
        <translation>Ajouter au dossier</translation>
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
        <source>Add to Brief</source>
        <translation>Ajouter au dossier</translation>
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
        <source>Make this version the note&apos;s current text; the current text stays in the history.</source>
        <translation>Faire de cette version le texte actuel de la note&#xa0;; le texte actuel reste dans l’historique.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
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
    <name>SyncFolderDialog</name>
    <message>
        <source>Sync Notes Across Devices</source>
        <translation>Synchroniser les notes entre appareils</translation>
    </message>
    <message>
        <source>Choose a folder that a tool of yours keeps the same on each of your devices: a Syncthing or Nextcloud folder, a network share, or a USB stick you carry between them. Your notes, highlights, bookmarks and saved comparisons are written there and read from there when the window opens, every five minutes and with File &gt; Sync Notes Now. Partnership Atlas itself never connects to another computer.</source>
        <translation>Choisissez un dossier qu’un de vos outils garde identique sur chacun de vos appareils&#xa0;: un dossier Syncthing ou Nextcloud, un partage réseau ou une clé USB que vous emportez de l’un à l’autre. Vos notes, surlignages, signets et comparaisons enregistrées y sont écrits et lus à l’ouverture de la fenêtre, toutes les cinq minutes et avec Fichier &gt; Synchroniser les notes maintenant. Partnership Atlas ne se connecte jamais lui-même à un autre ordinateur.</translation>
    </message>
    <message>
        <source>No folder: notes stay on this device</source>
        <translation>Aucun dossier&#xa0;: les notes restent sur cet appareil</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Stop Syncing</source>
        <translation>Arrêter la synchronisation</translation>
    </message>
    <message>
        <source>Choose the folder your devices share</source>
        <translation>Choisir le dossier que partagent vos appareils</translation>
    </message>
</context>
<context>
    <name>SyncKeeper</name>
    <message>
        <source>Notes are no longer synced with other devices.</source>
        <translation>Les notes ne sont plus synchronisées avec d’autres appareils.</translation>
    </message>
    <message>
        <source>Choose a folder your devices share first: File &gt; Sync Folder…</source>
        <translation>Choisissez d’abord un dossier que partagent vos appareils&#xa0;: Fichier &gt; Dossier de synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>Notes synced, but %n file(s) wait: %1</source>
        <translation>
            <numerusform>Notes synchronisées, mais %n fichier attend&#xa0;: %1</numerusform>
            <numerusform>Notes synchronisées, mais %n fichiers attendent&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes synced: %n note(s) were edited on two devices; both texts are kept and the notes are marked.</source>
        <translation>
            <numerusform>Notes synchronisées&#xa0;: %n note a été modifiée sur deux appareils&#xa0;; les deux textes sont gardés et la note est marquée.</numerusform>
            <numerusform>Notes synchronisées&#xa0;: %n notes ont été modifiées sur deux appareils&#xa0;; les deux textes sont gardés et les notes sont marquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes synced: %n change(s) sent, %1 received.</source>
        <translation>
            <numerusform>Notes synchronisées&#xa0;: %n modification envoyée, %1 reçue(s).</numerusform>
            <numerusform>Notes synchronisées&#xa0;: %n modifications envoyées, %1 reçue(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes could not be synced: %1</source>
        <translation>Les notes n’ont pas pu être synchronisées&#xa0;: %1</translation>
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
