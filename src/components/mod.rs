//! Widgets shared by the screens.

pub mod bottom_nav;
pub mod checklist;
pub mod checklist_item;
pub mod confirm_dialog;
pub mod deferred;
pub mod fact_source;
pub mod fields;
pub mod guide_text;
pub mod icons;
pub mod install_section;
pub mod later_note;
pub mod note_box;
pub mod offline_indicator;
pub mod phase_section;
pub mod portal_link;
pub mod progress_bar;
pub mod records;
pub mod side_nav;
pub mod start_problem_banner;
pub mod status_line;
pub mod step_card;
pub mod storage_notice;
pub mod top_bar;
pub mod update_banner;
pub mod vendor_label;
