namespace TalentWatch.Extraction.Mentions;

/// <summary>Generic word lists used as hints. None of them decides on its own whether a name is a person or a company;
/// the sentence context does most of that work.</summary>
internal static class Lexicon
{
    private static HashSet<string> Set(string words, StringComparer? comparer = null) =>
        new(words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), comparer ?? StringComparer.Ordinal);

    /// <summary>Last words that mark a name as an organisation ("Kestrel Labs", "Polder AI").</summary>
    public static readonly HashSet<string> OrgSuffixes = Set("""
        AI Labs Lab Robotics Systems Research Intelligence Compute Computing Agents Bio Biosciences Analytics Capital Ventures
        Partners Technologies Technology Tech Group Holdings Inc Ltd BV NV GmbH Corp Corporation Health Networks Dynamics Foundry
        Reasoning Software Security Cloud Data Works Studio Studios Industries Semiconductors Therapeutics Motors Media Bank
        Solutions Machines Robotica Automation Mobility Energy Quantum Vision Sciences Institute Company Inc. Ltd. Models Learning
        Neural Logic Logics Autonomy Genomics Silicon Chips Semiconductor Digital Platforms Global Limited
        """);

    /// <summary>Capitalised words that start sentences but are not names.</summary>
    public static readonly HashSet<string> StopWords = Set("""
        The A An In On At For Of From To Its It His Her Their This That These Those With After Before Meanwhile Separately Earlier
        Last Next But And Also As By Since Until While When Where Who Whom Whose What Which She He They We I Our Your You Us Them
        There Here Now Then Yet Still Even Both Each Every Some Many Most More Less Several Other Another Such Only Just However
        Although Though Because If Unlike Like According Among Despite During Within Without Under Over Into About Across
        Chief Board Analysts Analyst People Investors Staff Employees Former New Its Today Yesterday Monday Tuesday Wednesday
        Thursday Friday Saturday Sunday Mr Mrs Ms Dr Prof Sources Spokesperson Asked Instead Know Write Our Staying
        De Het Een Ook En Maar Op Bij Van Voor Volgens Tot Met Na Naar Dat Die Dit Deze Zij Ze Hij Wij We Ik Zijn Haar Hun
        Eerder Eind Begin Vorige Afgelopen Wel Niet Toch Intern Inmiddels Tijdens Daar Waar Wat Hoewel Zeker Nu Als Er Om Uit
        Tegelijk Daarna Daarnaast Bovendien Verder Sinds Elke Iedere Wie Waarom Hoe Je Jij Jouw Mijn Men Ons Onze Zo Dan Toen
        Grote Kleine Nieuwe Oud Oude Denk Met Binnen Buiten Zonder Over Onder Via Per Door Tegen Tussen Namens Wegens
        Het Geen Nog Al Alle Veel Meer Weinig Andere Ander Beide Beiden Welke Zodra Terwijl Omdat Doordat Nadat Voordat Wanneer
        CEO CTO COO CFO CRO CMO CSO CPO VP SVP EVP
        One Two Three Four Five Six Seven Eight Nine Ten Twelve Dozens Hundreds Een Twee Drie Vier Vijf Zes Zeven Acht Negen Tien
        January February March April May June July August September October November December
        Januari Februari Maart Mei Juni Juli Augustus Oktober
        """);

    /// <summary>Title words that make a capitalised run a job title ("Chief Research Officer"), not a modifier ("Research").</summary>
    public static readonly HashSet<string> TitleHeads = Set("""
        CEO CTO COO CFO CRO CMO CSO CPO CIO CISO VP SVP EVP Officer Counsel Director Directors Scientist Scientists President Head
        Chief Founder Co-founder Cofounder Engineer Manager Chair Chairman Chairwoman Chairperson Fellow Topman Topvrouw Directeur
        Directrice Bestuursvoorzitter Voorzitter Hoofd Oprichter Medeoprichter Oprichtster Onderzoeker Advisor Adviser
        """, StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> Months = Set("""
        January February March April May June July August September October November December
        Januari Februari Maart Mei Juni Juli Augustus Oktober
        """);

    /// <summary>Lower-case name particles that may sit inside a person's name ("Joris van Leeuwen").</summary>
    public static readonly HashSet<string> Particles = Set("van de den der ter te ten von du da di dos del la le bin al el 't ’t");

    /// <summary>Nationality and regional adjectives ("American hardware companies", "Amerikaanse techbedrijven"): not names on their own.</summary>
    public static readonly HashSet<string> Demonyms = Set("""
        American British English German Dutch French Chinese European Danish Swedish Norwegian Spanish Portuguese Italian Polish
        Japanese Korean Indian Canadian Australian Irish Belgian Swiss Austrian Finnish Israeli Scottish Welsh Nordic Scandinavian
        Asian African Brazilian Mexican Turkish Greek Czech Estonian Icelandic Californian Texan
        Amerikaanse Britse Duitse Nederlandse Franse Chinese Europese Deense Zweedse Noorse Spaanse Portugese Italiaanse Poolse
        Japanse Koreaanse Indiase Canadese Belgische Zwitserse Oostenrijkse Finse Ierse Vlaamse Scandinavische Aziatische
        """);

    /// <summary>Words that mark a university or school.</summary>
    public static readonly HashSet<string> AcademicWords = Set("University College Universiteit Hogeschool School Université Universität TU");

    /// <summary>Particles that follow another particle ("van den", "van 't", "de la").</summary>
    public static readonly HashSet<string> ParticleArticles = Set("de den der 't ’t la le");

    /// <summary>Last words of investor names ("X Partners", "Y Capital"): a firm quoted about a round, rarely the employer left.</summary>
    public static readonly HashSet<string> InvestorSuffixes = Set("Partners Capital Ventures Investments Fund");

    /// <summary>Role acronyms glued to a company name ("Polder-CEO") or standing before a person.</summary>
    public static readonly HashSet<string> RoleAcronyms = Set("CEO CTO COO CFO CRO CMO CSO CPO CIO VP SVP EVP");

    /// <summary>Words that, right before a person's name or after "X-", describe a role.</summary>
    public static readonly HashSet<string> RoleNouns = Set("""
        co-founder cofounder founder medeoprichter oprichter oprichtster medeoprichtster researcher onderzoeker onderzoekster engineer
        scientist executive officer director directeur directrice president chairman chairwoman head hoofd lead manager
        topman topvrouw medewerker werknemer employee spokesperson woordvoerder counsel architect analyst designer developer
        data-engineer ontwikkelaar ingenieur programmeur wetenschapper chief bestuurder voorzitter CEO CTO COO CFO CRO VP
        """, StringComparer.OrdinalIgnoreCase);

    /// <summary>Common given names across the languages these articles use; a hint, not a requirement.</summary>
    public static readonly HashSet<string> FirstNames = Set("""
        Aaron Abigail Adam Adrian Ahmed Aisha Alan Albert Alex Alexander Alexandra Alice Alicia Alison Amanda Amber Amelia Amir Amy
        Ana Anders Andrea Andreas Andrew Andy Angela Anika Anita Ann Anna Anne Annelies Annemiek Anouk Anthony Anton Arjun Arthur
        Ashley Astrid Ben Benjamin Bernard Bart Bas Bastiaan Beatrice Bella Bert Bianca Bill Bob Boris Bram Brandon Brian Bruno
        Camille Carl Carla Carlos Caroline Carlo Cas Catherine Charles Charlie Charlotte Chen Chloe Chris Christian Christina Christine
        Christopher Claire Clara Claudia Coen Colin Craig Daan Daniel Daniela Danielle Daniël David Dennis Derek Diana Dirk Dmitri
        Dominic Dora Dylan Ed Edward Eleanor Elena Eli Elias Elif Elisa Elise Eliza Elizabeth Ella Ellen Elodie Emily Emma Emre Eric
        Erik Esther Ethan Eva Evelien Evelyn Fabian Fatima Felix Femke Fenna Fiona Floor Floris Frank Freek Frederik Friedrich
        Gabriel Gareth George Georgia Gerard Gert Gijs Giulia Grace Gregory Hannah Hans Harriet Harry Hassan Heather Hector Helen
        Helena Hendrik Henk Henry Hester Hidde Hugo Ian Ibrahim Ida Ilse Imogen Ingrid Irene Iris Isaac Isabel Isabella Ivan Jack
        Jacob Jake James Jan Jana Jane Janet Jasmijn Jasmine Jason Jasper Javier Jean Jeff Jennifer Jeroen Jessica Jim Joanna Joe
        Johan Johannes John Jonas Jonathan Joost Jordan Jorge Joris Jose José Joseph Josh Joshua Joyce Juan Judith Julia Julian
        Julie Julien Justin Karel Karen Karim Kate Katharina Katherine Kathleen Katie Kavya Keith Kelly Kenji Kevin Kim Klaas Koen
        Kofi Kristina Laura Lauren Laurens Lea Leah Lena Leo Leon Liam Lieke Lin Linda Lisa Lisanne Lise Liz Lodewijk Lotte Louis
        Louise Lucas Lucy Luis Luka Lukas Maarten Madeleine Magnus Mandy Manon Marco Marcus Margaret Maria Marie Marieke Marijke
        Marina Mario Mark Marloes Marta Martijn Martin Mary Mateo Matthew Matthias Max Maxime Mehmet Mei Melissa Merel Mia Michael
        Michel Michelle Miguel Mike Mila Milan Mira Miriam Mirjam Mohamed Mohammed Monica Nadia Naomi Natalie Nathan Nathaniel
        Nicholas Nick Nicole Niels Nikhil Nina Noah Noor Nora Olaf Oliver Olivia Omar Oscar Owen Pablo Patrick Paul Paula Paweł
        Pedro Peter Philip Pierre Pieter Piotr Priya Rachel Rafael Rahul Raj Rajesh Ravi Rebecca Remco Richard Rik Rob Robert
        Robin Roel Rohan Roos Rosa Ruben Rudy Rutger Ruth Ryan Sam Samantha Samuel Sander Sandra Sanne Sara Sarah Sean Sebastian
        Sebastián Sergei Simon Sofia Sophia Sophie Stefan Stephanie Stephen Steve Steven Susan Sven Tanja Tara Teun Theo Théo
        Thijs Thomas Tim Timo Tobias Tom Tomasz Tony Valentina Vanessa Vera Victor Victoria Vincent Wendy Wessel Willem William
        Wim Wouter Xavier Yara Yasmin Yusuf Yuki Zara Zoe Zoë Sunita Siddharth Deepa Ananya Meera Karan Naveen Kwame Amara Chidi
        Emeka Ngozi Oluwaseun Wei Li Zhang Wang Liu Yang Huang Zhao Xu Sun Hiroshi Takeshi Haruto Sakura Hana Min Ji Seo Jin
        Jun Hyun Aleksandra Agnieszka Katarzyna Magdalena Krzysztof Marek Michał Jakub Mateusz Ewa Olga Tatiana Natalia Irina
        Lars Nils Erik Sven Ingrid Sigrid Astrid Björn Mikael Annika Elin Karin Matteo Alessandro Francesca Chiara Giovanni
        Lorenzo Luca Marco Sofía Lucía Martina Diego Alejandro Manuel Carmen Pilar Antoine Louis Mathieu Nicolas Hélène Céline
        Manon Aurélie Élodie Benoît Hamza Youssef Mustafa Ayşe Fatma Zeynep Emine Burak Can Deniz Aylin Nour Layla Omar Tariq
        Imran Arif Sanjay Vikram Anil Sunil Pooja Neha Anjali Divya Shreya Kiran Raghav Dev Aditya Abhishek Vivek Rajiv
        """);
}
