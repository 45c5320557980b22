//! Property tests of the clock contract over several devices and tabs: any edits and deletions,
//! on clocks set anyhow, exchanged in any order. Every row stays whole (never rebuilt from the
//! fields that happened to be newer), what no one deleted stays, and every device reaches the
//! same set-up once each has received from the others.

use super::contacts::{ContactKind, StationContact};
use super::document::{merge_documents, Document};
use super::guide::GUIDE;
use super::handoff::{make, tests::code, tests::read_code};
use super::receive::{receive, Answer, Outcome};
use super::records::{Quote, StaffMember};
use super::station::unique_id;
use proptest::prelude::*;

/// One thing a device does.
#[derive(Debug, Clone)]
enum Op {
    /// Its clock moves on (ms).
    Wait(u64),
    AddContact {
        device: usize,
        name: String,
    },
    /// Changes one field of a contact (0 name, 1 phone, 2 memo, 3 kind).
    EditContact {
        device: usize,
        which: usize,
        field: usize,
        value: String,
    },
    DeleteContact {
        device: usize,
        which: usize,
    },
    Rename {
        device: usize,
        name: String,
    },
    /// `from` hands its station on to `to`.
    Send {
        from: usize,
        to: usize,
    },
}

fn op(devices: usize) -> impl Strategy<Value = Op> {
    let name = "[あ-ん]{1,6}";
    prop_oneof![
        (1u64..3_600_000).prop_map(Op::Wait),
        (0..devices, name).prop_map(|(device, name)| Op::AddContact { device, name }),
        (0..devices, 0usize..6, 0usize..4, name).prop_map(|(device, which, field, value)| Op::EditContact {
            device,
            which,
            field,
            value
        }),
        (0..devices, 0usize..6).prop_map(|(device, which)| Op::DeleteContact { device, which }),
        (0..devices, name).prop_map(|(device, name)| Op::Rename { device, name }),
        (0..devices, 0..devices).prop_map(|(from, to)| Op::Send { from, to }),
    ]
}

/// A device: its document and how far its wall clock is off (ms, either way).
struct Device {
    doc: Document,
    offset: i64,
}

struct World {
    devices: Vec<Device>,
    /// The true time (ms).
    time: u64,
    /// Contacts' ids ever deleted anywhere.
    deleted: Vec<String>,
    /// Contacts' ids ever added.
    added: Vec<String>,
    /// How many contacts were added (the next one's number in its id).
    made: u64,
}

impl World {
    /// The manager (device 0) sets the station up and hands it to every other device.
    fn new(offsets: &[i64]) -> World {
        let time = 1_780_000_000_000;
        let mut devices: Vec<Device> = offsets
            .iter()
            .enumerate()
            .map(|(i, offset)| Device { doc: Document::new(unique_id([i as u8 + 1; 16])), offset: *offset })
            .collect();
        let mut world = World { devices: Vec::new(), time, deleted: Vec::new(), added: Vec::new(), made: 0 };
        {
            let manager = &mut devices[0];
            let before = manager.doc.clone();
            manager.doc.current_station_mut().name = "さくら".into();
            manager.doc.stamp_changes(&before, now(time, manager.offset));
        }
        world.devices = devices;
        world.add_contact(0, "はじめの連絡先".into());
        for to in 1..world.devices.len() {
            world.send(0, to);
        }
        world
    }

    fn now(&self, device: usize) -> u64 {
        now(self.time, self.devices[device].offset)
    }

    fn change(&mut self, device: usize, f: impl FnOnce(&mut Document)) {
        let now = self.now(device);
        let doc = &mut self.devices[device].doc;
        let before = doc.clone();
        f(doc);
        doc.stamp_changes(&before, now);
    }

    fn add_contact(&mut self, device: usize, name: String) {
        self.made += 1;
        let id = format!("contact-{device}-{}", self.made);
        self.added.push(id.clone());
        self.change(device, |doc| {
            doc.current_station_mut().contacts.push(StationContact {
                id,
                name,
                phone: "0312345678".into(),
                kind: ContactKind::Other,
                memo: String::new(),
            })
        });
    }

    fn send(&mut self, from: usize, to: usize) {
        if from == to {
            return;
        }
        let sender = &self.devices[from].doc;
        let handoff = read_code(&code(&make(&GUIDE, sender.current_station(), &sender.clock, self.now(from)))).unwrap();
        let now = self.now(to);
        let receiver = &mut self.devices[to].doc;
        match receive(receiver, &handoff, Some(Answer::UpdateThis), "station-unused", now) {
            Ok(Outcome::Ready(received)) => *receiver = received.document,
            other => panic!("{other:?}"),
        }
    }

    fn apply(&mut self, op: Op) {
        match op {
            Op::Wait(ms) => self.time += ms,
            Op::AddContact { device, name } => self.add_contact(device, name),
            Op::EditContact { device, which, field, value } => {
                let contacts = &self.devices[device].doc.current_station().contacts;
                if contacts.is_empty() {
                    return;
                }
                let at = which % contacts.len();
                self.change(device, |doc| {
                    let contact = &mut doc.current_station_mut().contacts[at];
                    match field {
                        0 => contact.name = value,
                        1 => contact.phone = format!("03{:08}", value.chars().count() * 1_234_567 % 100_000_000),
                        2 => contact.memo = value,
                        _ => contact.kind = ContactKind::ALL[value.chars().count() % 4],
                    }
                });
            }
            Op::DeleteContact { device, which } => {
                let contacts = &self.devices[device].doc.current_station().contacts;
                if contacts.is_empty() {
                    return;
                }
                let id = contacts[which % contacts.len()].id.clone();
                self.deleted.push(id.clone());
                self.change(device, |doc| doc.current_station_mut().contacts.retain(|c| c.id != id));
            }
            Op::Rename { device, name } => self.change(device, |doc| doc.current_station_mut().name = name),
            Op::Send { from, to } => self.send(from, to),
        }
    }

    /// Every contact on every device is whole: a name, an id, a number as the app writes them.
    fn check_whole(&self) -> Result<(), TestCaseError> {
        for device in &self.devices {
            for contact in &device.doc.current_station().contacts {
                prop_assert!(!contact.name.is_empty(), "a contact without a name: {contact:?}");
                prop_assert!(contact.id.starts_with("contact-"), "{contact:?}");
                prop_assert_eq!(contact.phone.len(), 10, "{:?}", contact);
            }
        }
        Ok(())
    }
}

fn now(time: u64, offset: i64) -> u64 {
    time.saturating_add_signed(offset)
}

/// The set-up a device has (what a hand-off carries).
fn set_up(doc: &Document) -> (String, Vec<StationContact>) {
    let station = doc.current_station();
    (station.name.clone(), station.contacts.clone())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    /// Two or three devices, clocks off by up to two days either way, any edits, deletions and
    /// hand-offs in any order: rows stay whole at every step; once each has received from the
    /// others, all have the same set-up, and every contact that no one deleted is on each.
    #[test]
    fn devices_exchanging_hand_offs_converge_with_whole_rows(
        offsets in prop::collection::vec(-2 * 86_400_000i64..2 * 86_400_000, 2..=3),
        ops in prop::collection::vec(op(3), 0..40),
    ) {
        let count = offsets.len();
        let mut world = World::new(&offsets);
        for op in ops {
            let op = match op {
                Op::AddContact { device, name } => Op::AddContact { device: device % count, name },
                Op::EditContact { device, which, field, value } => Op::EditContact { device: device % count, which, field, value },
                Op::DeleteContact { device, which } => Op::DeleteContact { device: device % count, which },
                Op::Rename { device, name } => Op::Rename { device: device % count, name },
                Op::Send { from, to } => Op::Send { from: from % count, to: to % count },
                wait => wait,
            };
            world.apply(op);
            world.check_whole()?;
        }
        // Everyone receives from everyone, twice round.
        for _ in 0..2 {
            for from in 0..count {
                for to in 0..count {
                    world.apply(Op::Wait(1_000));
                    world.send(from, to);
                }
            }
        }
        world.check_whole()?;
        let first = set_up(&world.devices[0].doc);
        for device in &world.devices[1..] {
            prop_assert_eq!(&set_up(&device.doc), &first);
        }
        for id in world.added.iter().filter(|id| !world.deleted.contains(id)) {
            prop_assert!(first.1.iter().any(|c| &c.id == id), "{} was deleted by no one, and is gone", id);
        }
    }

    /// Tabs of one device (or backups merged back) exchange whole documents: every kind of row
    /// — contacts, staff, quotes — is kept or deleted whole, and the tabs converge.
    #[test]
    fn tabs_merging_documents_converge_with_whole_rows(
        edits in prop::collection::vec((0usize..3, 0usize..9, 0usize..4, "[あ-ん]{1,5}", 1u64..100_000), 0..30),
    ) {
        let mut base = Document::new("st-1");
        let before = base.clone();
        let station = base.current_station_mut();
        station.records.staff.push(StaffMember { id: "row-s0".into(), name: "佐藤".into(), briefed_on: None });
        station.records.quotes.insert("q.mobile".into(), Quote { vendor: "NTT東日本".into(), amount: Some(55_000), ..Quote::default() });
        base.stamp_changes(&before, 1_000);
        let mut tabs = vec![base.clone(), base.clone(), base];
        let mut time = 2_000;
        let mut made = 0;
        for (tab, action, which, text, wait) in edits {
            time += wait;
            let doc = &mut tabs[tab];
            let before = doc.clone();
            let records = &mut doc.current_station_mut().records;
            match action {
                0 => {
                    made += 1;
                    records.staff.push(StaffMember { id: format!("row-{tab}-{made}"), name: text, briefed_on: None });
                }
                1 if !records.staff.is_empty() => {
                    let at = which % records.staff.len();
                    records.staff[at].name = text;
                }
                2 if !records.staff.is_empty() => {
                    let at = which % records.staff.len();
                    records.staff.remove(at);
                }
                3 => {
                    records.quotes.insert("q.mobile".into(), Quote { vendor: text, ..Quote::default() });
                }
                4 => {
                    if let Some(quote) = records.quotes.get_mut("q.mobile") {
                        quote.note = text;
                    }
                }
                5 => {
                    records.quotes.remove("q.mobile");
                }
                6 => {
                    let other = (tab + 1 + which % 2) % 3;
                    let merged = merge_documents(&tabs[tab], &tabs[other]);
                    tabs[tab] = merged;
                    continue;
                }
                _ => {}
            }
            doc.stamp_changes(&before, time);
        }
        for _ in 0..2 {
            for a in 0..3 {
                for b in 0..3 {
                    if a != b {
                        tabs[a] = merge_documents(&tabs[a], &tabs[b]);
                    }
                }
            }
        }
        for tab in &tabs {
            let records = &tab.current_station().records;
            prop_assert!(records.staff.iter().all(|s| !s.name.is_empty()), "a staff row without a name: {:?}", records.staff);
            prop_assert!(records.quotes.values().all(|q| !q.vendor.is_empty()), "a quote without its vendor: {:?}", records.quotes);
            prop_assert!(tab.same_content(&tabs[0]), "the tabs differ");
        }
    }
}
