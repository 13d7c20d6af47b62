//! Grammar: Kazakh case suffixes on names and numbers, and numbers in words in both languages.

pub mod kk;
pub mod numbers;
pub mod ru;
