package hearth.demo;

import java.util.List;
import java.util.Random;

/** Invented names, drawn to reflect a diverse English town. */
final class Names {

    static final List<String> GIRLS = List.of("Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya",
            "Sophia", "Grace", "Aisha", "Fatima", "Zara", "Maryam", "Amira", "Priya", "Anaya", "Chloe", "Ruby",
            "Ella", "Poppy", "Evie", "Jessica", "Hannah", "Zofia", "Maja", "Lena", "Amara", "Ife", "Chioma", "Kezia",
            "Leah", "Nia", "Tia", "Mei", "Layla", "Hafsa", "Sienna", "Esme", "Daisy");
    static final List<String> BOYS = List.of("Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Oscar", "Jack",
            "Charlie", "Theo", "Muhammad", "Mohammed", "Yusuf", "Ibrahim", "Ayaan", "Arjun", "Rohan", "Kai", "Jayden",
            "Tyler", "Kacper", "Jakub", "Filip", "Kwame", "Tobi", "Emeka", "Elijah", "Reggie", "Alfie", "Freddie",
            "Ryan", "Dylan", "Callum", "Liam", "Adam", "Zain", "Hamza", "Jamal", "Luca", "Mason");
    static final List<String> WOMEN = List.of("Sarah", "Emma", "Laura", "Kelly", "Nicola", "Gemma", "Amy", "Rachel",
            "Samina", "Nadia", "Shabana", "Agnieszka", "Joanna", "Grace", "Blessing", "Funmi", "Michelle", "Donna",
            "Claire", "Lisa", "Stacey", "Jade", "Kirsty", "Priya", "Sunita", "Anna", "Chantelle", "Leanne");
    static final List<String> MEN = List.of("James", "David", "Daniel", "Mark", "Paul", "Lee", "Craig", "Wayne",
            "Imran", "Tariq", "Asif", "Piotr", "Tomasz", "Kofi", "Chinedu", "Samuel", "Ryan", "Jason", "Darren",
            "Rajesh", "Sanjay", "Michael", "Stephen", "Gary", "Dean", "Ashley");
    static final List<String> SURNAMES = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans",
            "Thomas", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green",
            "Hall", "Wood", "Harris", "Lewis", "Martin", "Jackson", "Clarke", "Clark", "Turner", "Hill", "Scott",
            "Cooper", "Ward", "Morris", "Moore", "King", "Watson", "Baker", "Harrison", "Morgan", "Patel", "Khan",
            "Hussain", "Ali", "Ahmed", "Begum", "Akhtar", "Shah", "Singh", "Kaur", "Sharma", "Kowalski", "Nowak",
            "Wisniewski", "Okafor", "Adeyemi", "Mensah", "Boateng", "Campbell", "Murphy", "O'Brien", "Kelly",
            "Nguyen", "Chen", "Smyth", "Mohammed", "Johnson");
    static final List<String> STREETS = List.of("Oxford Road", "London Road", "Basingstoke Road", "Whitley Street",
            "Northumberland Avenue", "Wensley Road", "Coley Avenue", "Cumberland Road", "Amersham Road",
            "Caversham Road", "Southcote Lane", "Bath Road", "Tilehurst Road", "Norcot Road", "Shinfield Road",
            "Hexham Road", "Callington Road", "Buckland Road", "Chester Street", "Wantage Road");
    static final List<String> POSTCODES = List.of("RG1 2", "RG1 6", "RG1 7", "RG2 0", "RG2 7", "RG2 8", "RG30 1",
            "RG30 2", "RG30 3", "RG30 4", "RG31 5", "RG4 5", "RG4 8", "RG6 1", "RG6 7");
    static final List<String> SCHOOLS = List.of("Oxford Road Community School", "Whitley Park Primary",
            "Southcote Primary", "Ranikhet Academy", "Geoffrey Field Junior", "Reading Girls' School",
            "Prospect School", "John Madejski Academy", "Blessed Hugh Faringdon", "The Wren School");
    static final List<String> SURGERIES = List.of("Western Elms Surgery", "London Street Surgery",
            "Whitley Villa Surgery", "Tilehurst Village Surgery", "Circuit Lane Surgery", "Milman Road Surgery");

    private Names() {
    }

    static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
