package uk.facilitate.demo;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Realistic British names for the demo workforce, drawn from the communities a diverse English
 * borough's children's services employ. Given and family names come from the same background,
 * so nobody is called "Harpreet Kowalczyk"; every full name is used once.
 */
final class DemoNames {

    /** One background: its share of the workforce, and its names. */
    private record Background(String label, int weight, List<String> women, List<String> men, List<String> families) {
    }

    private static final List<Background> BACKGROUNDS = List.of(
            new Background("White British and Irish", 50,
                    List.of("Sarah", "Emma", "Claire", "Rebecca", "Laura", "Hannah", "Gemma", "Kirsty", "Joanne",
                            "Nicola", "Rachel", "Katie", "Lucy", "Sophie", "Charlotte", "Helen", "Amy", "Jessica",
                            "Victoria", "Louise", "Siobhan", "Niamh", "Rhian", "Bethan", "Fiona", "Mairi", "Alison",
                            "Karen", "Deborah", "Lisa", "Zoe", "Megan", "Chloe", "Eleanor", "Harriet", "Lauren",
                            "Stacey", "Jodie", "Paula", "Tracey", "Catherine", "Maria", "Leanne", "Ruth", "Jenny"),
                    List.of("James", "Daniel", "Mark", "Paul", "Richard", "Tom", "Matthew", "Chris", "Gareth",
                            "Liam", "Ciaran", "Stuart", "Andrew", "Dean", "Craig", "Owen", "Rhys", "Callum", "Ben"),
                    List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
                            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
                            "Wood", "Jackson", "Clarke", "Hughes", "Edwards", "Turner", "Harris", "Morgan", "Lewis",
                            "Walsh", "Murphy", "O'Brien", "Kelly", "Byrne", "Doyle", "MacDonald", "Campbell",
                            "Stewart", "Fraser", "Price", "Pritchard", "Lloyd", "Bennett", "Holmes", "Fletcher",
                            "Barker", "Chapman", "Marsh", "Pearson", "Shaw", "Ward", "Atkinson", "Whitfield",
                            "Hargreaves", "Ashworth", "Donovan", "Lomas", "Quinn", "Gallagher", "Sutcliffe", "Bolton")),
            new Background("Pakistani", 8,
                    List.of("Aisha", "Fatima", "Nadia", "Sana", "Ayesha", "Saima", "Shabana", "Rubina", "Farzana",
                            "Nasreen", "Shazia", "Amina", "Hina", "Mehreen", "Zara", "Iqra"),
                    List.of("Imran", "Tariq", "Asif", "Zubair", "Bilal", "Hamza", "Shahid", "Adeel"),
                    List.of("Khan", "Hussain", "Ahmed", "Akhtar", "Iqbal", "Shah", "Malik", "Mahmood", "Qureshi",
                            "Bashir", "Raza", "Butt")),
            new Background("Indian", 5,
                    List.of("Priya", "Anjali", "Sunita", "Kiran", "Neha", "Pooja", "Meera", "Deepa", "Nisha", "Rekha"),
                    List.of("Rajesh", "Sanjay", "Vikram", "Rahul", "Nikhil"),
                    List.of("Patel", "Sharma", "Mistry", "Desai", "Joshi", "Chauhan", "Parmar", "Solanki", "Kumar")),
            new Background("Sikh", 3,
                    List.of("Harpreet", "Jaspreet", "Manpreet", "Rupinder", "Gurpreet", "Navdeep", "Simran"),
                    List.of("Amarjit", "Gurdeep", "Jaswinder", "Sukhdev"),
                    List.of("Singh", "Gill", "Sandhu", "Bains", "Dhillon", "Sidhu", "Johal")),
            new Background("Bangladeshi", 3,
                    List.of("Tahmina", "Rumana", "Salma", "Nusrat", "Shamima", "Rehana", "Farhana", "Sumaiya"),
                    List.of("Kamal", "Abdul", "Shahin", "Rafiq"),
                    List.of("Rahman", "Uddin", "Miah", "Islam", "Chowdhury", "Begum", "Hoque", "Ali")),
            new Background("Black Caribbean", 7,
                    List.of("Marcia", "Sharon", "Donna", "Simone", "Natalie", "Tanya", "Jade", "Shanice", "Keisha",
                            "Paulette", "Janelle", "Chantelle", "Beverley", "Yvonne"),
                    List.of("Marcus", "Leon", "Delroy", "Andre", "Jerome", "Winston", "Nathan"),
                    List.of("Campbell", "Thomas", "Francis", "Grant", "Powell", "Reid", "Henry", "Gordon", "Bailey",
                            "McKenzie", "Samuels", "Clarke", "Morgan", "Richards", "Barrett")),
            new Background("Nigerian", 4,
                    List.of("Funmilayo", "Adaeze", "Chiamaka", "Ngozi", "Folake", "Yetunde", "Bukola", "Temitope",
                            "Ifeoma", "Chioma", "Adunni"),
                    List.of("Chidi", "Emeka", "Tunde", "Segun", "Olumide"),
                    List.of("Okafor", "Adeyemi", "Okonkwo", "Oladipo", "Eze", "Adebayo", "Nwosu", "Balogun",
                            "Ogunleye", "Obi", "Afolabi")),
            new Background("Ghanaian", 2,
                    List.of("Abena", "Akosua", "Efua", "Ama", "Adwoa", "Esi"),
                    List.of("Kwame", "Kofi", "Kwabena"),
                    List.of("Mensah", "Asante", "Boateng", "Owusu", "Appiah", "Osei", "Agyeman")),
            new Background("Somali", 3,
                    List.of("Hodan", "Amina", "Faduma", "Sahra", "Khadra", "Ifrah", "Ayan", "Hibo"),
                    List.of("Abdi", "Mohamed", "Yusuf", "Abdirahman"),
                    List.of("Farah", "Hassan", "Warsame", "Osman", "Jama", "Aden", "Abdullahi", "Nur")),
            new Background("Polish and Eastern European", 6,
                    List.of("Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Ewa", "Monika", "Marta", "Justyna",
                            "Aleksandra", "Ioana", "Andreea", "Elena", "Jurgita", "Daiva"),
                    List.of("Tomasz", "Piotr", "Marek", "Paweł", "Andrei"),
                    List.of("Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Zając", "Król", "Wróbel", "Dudek",
                            "Pawlak", "Sikora", "Popescu", "Ionescu", "Dumitru", "Kazlauskas")),
            new Background("Chinese", 2,
                    List.of("Mei", "Grace", "Michelle", "Jenny", "Wai Ling", "Xiaoling", "Karen"),
                    List.of("Wing", "Kevin", "Jun"),
                    List.of("Wong", "Chan", "Li", "Cheung", "Lam", "Ng", "Chen", "Liu", "Yeung")),
            new Background("Turkish, Kurdish and Cypriot", 4,
                    List.of("Elif", "Ayşe", "Zeynep", "Derya", "Emine", "Hatice", "Eleni", "Christina", "Sibel"),
                    List.of("Mehmet", "Emre", "Kemal", "Andreas"),
                    List.of("Yılmaz", "Demir", "Kaya", "Aydın", "Öztürk", "Çelik", "Arslan", "Georgiou",
                            "Christodoulou")),
            new Background("Arab", 3,
                    List.of("Layla", "Noor", "Rania", "Huda", "Mariam", "Yasmin", "Dalia"),
                    List.of("Omar", "Karim", "Yousef", "Samir"),
                    List.of("Haddad", "Mansour", "Saleh", "Nasser", "Abdullah", "Hamdan")));

    /** Family names that are only ever women's in these communities. */
    private static final Set<String> WOMEN_ONLY_FAMILY_NAMES = Set.of("Begum");

    private final Random random;
    private final Set<String> used = new HashSet<>();

    DemoNames(Random random) {
        this.random = random;
    }

    /** A name held back for someone the documentation refers to, so no generated person takes it. */
    String[] reserve(String given, String family) {
        if (!used.add(given + " " + family)) {
            throw new IllegalStateException(given + " " + family + " is already taken");
        }
        return new String[] {given, family};
    }

    /** A new, unused {given, family} name; {@code minorityOnly} skips the White British background. */
    String[] next(boolean woman, boolean minorityOnly) {
        while (true) {
            Background background = background(minorityOnly);
            List<String> givenNames = woman ? background.women() : background.men();
            String given = givenNames.get(random.nextInt(givenNames.size()));
            String family = background.families().get(random.nextInt(background.families().size()));
            if (!woman && WOMEN_ONLY_FAMILY_NAMES.contains(family)) {
                continue;
            }
            if (used.add(given + " " + family)) {
                return new String[] {given, family};
            }
        }
    }

    private Background background(boolean minorityOnly) {
        List<Background> choices = minorityOnly ? BACKGROUNDS.subList(1, BACKGROUNDS.size()) : BACKGROUNDS;
        int total = choices.stream().mapToInt(Background::weight).sum();
        int roll = random.nextInt(total);
        for (Background background : choices) {
            roll -= background.weight();
            if (roll < 0) {
                return background;
            }
        }
        throw new IllegalStateException("weights add up");
    }

    /** "Siobhan O'Brien" → "siobhan.obrien": plain ASCII for an e-mail address. */
    static String mailbox(String given, String family) {
        return ascii(given) + "." + ascii(family);
    }

    private static String ascii(String name) {
        String folded = Normalizer.normalize(name.replace("ł", "l").replace("ı", "i"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
