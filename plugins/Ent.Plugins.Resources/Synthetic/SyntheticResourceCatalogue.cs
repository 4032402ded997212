namespace Ent.Plugins.Resources.Synthetic;

/// <summary>
/// What teachers of each subject share in a synthetic tenant: topics for course sheets and exercises, and public
/// sites they link to, by the subject codes the synthetic directory uses.
/// </summary>
internal static class SyntheticResourceCatalogue
{
    /// <summary>A topic of a subject, with the tags a teacher would give it.</summary>
    public sealed record Topic(string Name, string[] Tags);

    /// <summary>A public site a teacher links to.</summary>
    public sealed record Site(string Title, string Url, string[] Tags);

    private static readonly Dictionary<string, Topic[]> Topics = new(StringComparer.Ordinal)
    {
        ["MATHS"] = [new("fractions", ["fractions", "calcul"]), new("nombres relatifs", ["relatifs", "calcul"]), new("le théorème de Pythagore", ["géométrie"]), new("proportionnalité", ["proportionnalité"]), new("équations", ["algèbre", "équations"]), new("statistiques", ["statistiques"]), new("aires et périmètres", ["géométrie", "mesures"]), new("calcul littéral", ["algèbre"])],
        ["FRANC"] = [new("les fables de La Fontaine", ["lecture", "fables"]), new("le récit d'aventure", ["lecture", "récit"]), new("les figures de style", ["lexique", "style"]), new("l'accord du participe passé", ["grammaire", "orthographe"]), new("le théâtre de Molière", ["théâtre"]), new("la poésie", ["poésie"]), new("la lettre", ["écriture"])],
        ["HIGEO"] = [new("l'Empire romain", ["histoire", "antiquité"]), new("la Révolution française", ["histoire"]), new("les croisades", ["histoire", "moyen âge"]), new("habiter une métropole", ["géographie"]), new("la Première Guerre mondiale", ["histoire"]), new("l'enseignement moral et civique", ["emc"])],
        ["ANGL"] = [new("present simple and continuous", ["grammar"]), new("British festivals", ["civilisation"]), new("irregular verbs", ["vocabulary", "verbs"]), new("New York City", ["civilisation"]), new("talking about the past", ["grammar"])],
        ["SVT"] = [new("la cellule", ["biologie"]), new("la digestion", ["corps humain"]), new("les volcans", ["géologie"]), new("la respiration", ["corps humain"]), new("la biodiversité", ["écologie"])],
        ["PHYCH"] = [new("les états de la matière", ["chimie"]), new("le circuit électrique", ["électricité"]), new("la lumière", ["optique"]), new("masse et volume", ["mesures"]), new("les mélanges", ["chimie"])],
        ["TECHN"] = [new("les objets techniques", ["objets"]), new("programmer avec Scratch", ["programmation", "scratch"]), new("les matériaux", ["matériaux"]), new("l'énergie", ["énergie"])],
        ["EPS"] = [new("le demi-fond", ["athlétisme"]), new("l'acrosport", ["gymnastique"]), new("le badminton", ["sports collectifs"]), new("la natation", ["natation"])],
        ["ARTS"] = [new("la perspective", ["dessin"]), new("le portrait", ["peinture"]), new("le land art", ["sculpture"]), new("la bande dessinée", ["image"])],
        ["MUSIQ"] = [new("les familles d'instruments", ["instruments"]), new("le chant choral", ["chant"]), new("la musique de film", ["écoute"]), new("le rythme", ["rythme"])],
        ["LATIN"] = [new("la première déclinaison", ["grammaire"]), new("la vie à Rome", ["civilisation"]), new("les dieux romains", ["mythologie"])],
        ["ESP"] = [new("los saludos", ["vocabulario"]), new("el presente", ["gramática"]), new("las fiestas de España", ["civilización"])],
        ["ALL"] = [new("die Familie", ["Wortschatz"]), new("das Präsens", ["Grammatik"]), new("Berlin", ["Landeskunde"])],
    };

    private static readonly Site[] CommonSites =
    [
        new("Ressources Éduscol", "https://eduscol.education.fr/", ["programmes"]),
        new("Vidéos Lumni", "https://www.lumni.fr/college", ["vidéo"]),
    ];

    private static readonly Dictionary<string, Site[]> Sites = new(StringComparer.Ordinal)
    {
        ["MATHS"] = [new("Exercices de calcul mental", "https://calculatice.ac-lille.fr/", ["calcul mental"]), new("GeoGebra", "https://www.geogebra.org/classic", ["géométrie", "logiciel"])],
        ["FRANC"] = [new("Les figures de style", "https://fr.wikipedia.org/wiki/Figure_de_style", ["lexique"]), new("Gallica : textes classiques", "https://gallica.bnf.fr/", ["lecture"])],
        ["HIGEO"] = [new("Cartes de l'IGN", "https://www.geoportail.gouv.fr/", ["cartes"]), new("Archives nationales", "https://www.archives-nationales.culture.gouv.fr/", ["sources"])],
        ["ANGL"] = [new("BBC Learning English", "https://www.bbc.co.uk/learningenglish", ["listening"])],
        ["SVT"] = [new("Planet-Vie", "https://planet-vie.ens.fr/", ["biologie"])],
        ["PHYCH"] = [new("Simulations PhET", "https://phet.colorado.edu/fr/", ["simulation"])],
        ["TECHN"] = [new("Scratch", "https://scratch.mit.edu/", ["programmation"])],
        ["MUSIQ"] = [new("Philharmonie : instruments", "https://pad.philharmoniedeparis.fr/", ["écoute"])],
    };

    private static readonly string[] SheetKinds = ["Cours", "Fiche d'exercices", "Évaluation de révision", "Corrigé", "Activité"];

    public static IReadOnlyList<Topic> TopicsOf(string subjectCode) =>
        Topics.TryGetValue(subjectCode, out var topics) ? topics : [new("séquence", ["séquence"])];

    public static IReadOnlyList<Site> SitesOf(string subjectCode) =>
        Sites.TryGetValue(subjectCode, out var sites) ? [.. sites, .. CommonSites] : CommonSites;

    public static IReadOnlyList<string> Sheets => SheetKinds;
}
