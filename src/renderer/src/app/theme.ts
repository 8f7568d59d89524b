import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm teal, close to the provincial green, readable on office monitors.
const klinik: MantineColorsTuple = [
  '#e8f6f5',
  '#d4ebe9',
  '#a6d6d2',
  '#74c0b9',
  '#4bada5',
  '#33a198',
  '#219a91',
  '#0f867e',
  '#007770',
  '#006660',
];

const systemFont =
  '"Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif';

export const theme = createTheme({
  primaryColor: 'klinik',
  primaryShade: { light: 7, dark: 5 },
  colors: { klinik },
  fontFamily: systemFont,
  headings: { fontFamily: systemFont, fontWeight: '600' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    TextInput: { defaultProps: { size: 'sm' } },
    Select: { defaultProps: { size: 'sm', allowDeselect: false, checkIconPosition: 'right' } },
  },
});
